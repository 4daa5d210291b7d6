//! Units, measure words, scales, approximators and non-quantity words:
//! data for [`crate::quantity`], kept apart from the matching code.
//!
//! Every table is matched on *folded* text (see [`crate::text`]): full-width
//! forms are already ASCII and 億 萬 兩 個 點 already simplified, so only the
//! other traditional forms (項 戶 條 …) need rows of their own. Tables that
//! are matched longest-first say so; the matcher does not sort them.

use crate::document::QuantityKind;
use QuantityKind::{Count, Money, Multiple, Other, Percent, Points};

/// A unit or measure word that can follow a number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Unit {
    /// As written (folded).
    pub text: &'static str,
    /// The normalised unit reported in `Quantity.unit`.
    pub unit: &'static str,
    pub kind: QuantityKind,
    /// Which numerals it follows.
    pub after: After,
    /// Multiplier from the stated number to the reported value (八成 → 80 %).
    pub factor: f64,
}

/// Which numerals a unit may follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum After {
    /// Arabic and Chinese numerals.
    Any,
    /// Arabic numerals only: after a Chinese numeral the character forms a
    /// word ("三方" parties, "五期" a phase, "十分" very).
    Arabic,
    /// Chinese numerals only ("八成").
    Chinese,
}

const fn unit(text: &'static str, unit: &'static str, kind: QuantityKind) -> Unit {
    Unit {
        text,
        unit,
        kind,
        after: After::Any,
        factor: 1.0,
    }
}

const fn arabic(text: &'static str, unit: &'static str, kind: QuantityKind) -> Unit {
    Unit {
        text,
        unit,
        kind,
        after: After::Arabic,
        factor: 1.0,
    }
}

/// Units and measure words, longest first where one is a prefix of another
/// ("个百分点" before "个", "人次" before "人", "吨标准煤" before "吨").
pub(crate) const UNITS: &[Unit] = &[
    // Percent and percentage points (never merged).
    unit("%", "%", Percent),
    unit("个百分点", "个百分点", Points),
    unit("百分点", "个百分点", Points),
    arabic("‰", "‰", Other),
    Unit {
        text: "成",
        unit: "%",
        kind: Percent,
        after: After::Chinese,
        factor: 10.0,
    },
    // Money: value in the currency's base unit.
    unit("元人民币", "元", Money),
    unit("人民币", "元", Money),
    unit("美元", "美元", Money),
    unit("港元", "港元", Money),
    unit("港币", "港元", Money),
    unit("港幣", "港元", Money),
    unit("澳门元", "澳门元", Money),
    unit("澳門元", "澳门元", Money),
    unit("欧元", "欧元", Money),
    unit("歐元", "欧元", Money),
    unit("日元", "日元", Money),
    unit("日圓", "日元", Money),
    unit("英镑", "英镑", Money),
    unit("英鎊", "英镑", Money),
    unit("元", "元", Money),
    // Multiples.
    unit("倍", "倍", Multiple),
    // Durations.
    unit("个工作日", "个工作日", Other),
    unit("工作日", "个工作日", Other),
    unit("个自然日", "天", Other),
    unit("个小时", "小时", Other),
    unit("小时", "小时", Other),
    unit("小時", "小时", Other),
    unit("分钟", "分钟", Other),
    unit("分鐘", "分钟", Other),
    arabic("秒", "秒", Other),
    unit("个多月", "个月", Other),
    unit("个月", "个月", Other),
    unit("个季度", "个季度", Other),
    unit("个星期", "周", Other),
    unit("周", "周", Other),
    unit("週", "周", Other),
    unit("天", "天", Other),
    unit("岁", "岁", Other),
    unit("歲", "岁", Other),
    // Area.
    unit("平方公里", "平方公里", Other),
    unit("平方千米", "平方公里", Other),
    unit("平方米", "平方米", Other),
    unit("平米", "平方米", Other),
    unit("㎡", "平方米", Other),
    unit("公顷", "公顷", Other),
    unit("公頃", "公顷", Other),
    unit("亩", "亩", Other),
    unit("畝", "亩", Other),
    // Length.
    unit("公里", "公里", Other),
    unit("千米", "公里", Other),
    unit("㎞", "公里", Other),
    unit("厘米", "厘米", Other),
    unit("毫米", "毫米", Other),
    arabic("米", "米", Other),
    // Weight.
    unit("吨标准煤", "吨标准煤", Other),
    unit("吨标煤", "吨标准煤", Other),
    unit("噸標準煤", "吨标准煤", Other),
    unit("吨", "吨", Other),
    unit("噸", "吨", Other),
    unit("千克", "千克", Other),
    unit("㎏", "千克", Other),
    unit("公斤", "公斤", Other),
    unit("微克", "微克", Other),
    arabic("克", "克", Other),
    // Volume.
    unit("立方米", "立方米", Other),
    arabic("方", "立方米", Other),
    // Energy and power.
    unit("千瓦时", "千瓦时", Other),
    unit("千瓦時", "千瓦时", Other),
    unit("千瓦", "千瓦", Other),
    unit("兆瓦", "兆瓦", Other),
    unit("吉瓦", "吉瓦", Other),
    unit("千伏安", "千伏安", Other),
    unit("千伏", "千伏", Other),
    arabic("度", "度", Other),
    unit("摄氏度", "℃", Other),
    unit("℃", "℃", Other),
    // Containers.
    unit("标准箱", "标箱", Other),
    unit("标箱", "标箱", Other),
    // Measure words (counts), compound ones first.
    unit("人次", "人次", Count),
    unit("家次", "家次", Count),
    unit("户次", "户次", Count),
    unit("戶次", "户次", Count),
    unit("车次", "车次", Count),
    unit("架次", "架次", Count),
    unit("班次", "班次", Count),
    unit("件次", "件次", Count),
    unit("项次", "项次", Count),
    unit("场次", "场次", Count),
    unit("批次", "批次", Count),
    unit("课时", "课时", Count),
    unit("学时", "学时", Count),
    unit("个", "个", Count),
    unit("家", "家", Count),
    unit("户", "户", Count),
    unit("戶", "户", Count),
    unit("人", "人", Count),
    unit("名", "名", Count),
    unit("位", "位", Count),
    unit("项", "项", Count),
    unit("項", "项", Count),
    unit("件", "件", Count),
    unit("条", "条", Count),
    unit("條", "条", Count),
    unit("座", "座", Count),
    unit("所", "所", Count),
    unit("台", "台", Count),
    unit("臺", "台", Count),
    unit("套", "套", Count),
    unit("辆", "辆", Count),
    unit("輛", "辆", Count),
    unit("艘", "艘", Count),
    unit("架", "架", Count),
    unit("只", "只", Count),
    unit("隻", "只", Count),
    unit("头", "头", Count),
    unit("頭", "头", Count),
    arabic("株", "株", Count),
    arabic("棵", "棵", Count),
    unit("次", "次", Count),
    unit("批", "批", Count),
    unit("宗", "宗", Count),
    unit("份", "份", Count),
    unit("篇", "篇", Count),
    unit("部", "部", Count),
    unit("册", "册", Count),
    unit("冊", "册", Count),
    unit("场", "场", Count),
    unit("場", "场", Count),
    unit("起", "起", Count),
    unit("例", "例", Count),
    arabic("期", "期", Count),
    unit("轮", "轮", Count),
    unit("輪", "轮", Count),
    unit("届", "届", Count),
    unit("屆", "届", Count),
    unit("支", "支", Count),
    unit("处", "处", Count),
    unit("處", "处", Count),
    unit("栋", "栋", Count),
    unit("棟", "栋", Count),
    unit("幢", "幢", Count),
    unit("层", "层", Count),
    unit("層", "层", Count),
    unit("间", "间", Count),
    unit("間", "间", Count),
    unit("块", "块", Count),
    unit("塊", "块", Count),
    unit("片", "片", Count),
    unit("张", "张", Count),
    unit("張", "张", Count),
    unit("门", "门", Count),
    unit("門", "门", Count),
    unit("种", "种", Count),
    unit("種", "种", Count),
    unit("类", "类", Count),
    unit("類", "类", Count),
    unit("款", "款", Count),
    unit("笔", "笔", Count),
    unit("筆", "笔", Count),
    unit("组", "组", Count),
    unit("組", "组", Count),
    unit("队", "队", Count),
    unit("隊", "队", Count),
    unit("节", "节", Count),
    unit("節", "节", Count),
    unit("枚", "枚", Count),
    unit("颗", "颗", Count),
    unit("床", "床", Count),
    unit("根", "根", Count),
    unit("盏", "盏", Count),
];

/// Latin-letter units after an Arabic number ("110kV", "50MW", "2.3km²").
/// Any other letters straight after a number make it an identifier (5G,
/// 4K, 3D, 5A级).
pub(crate) const LATIN_UNITS: &[(&str, &str)] = &[
    ("km²", "平方公里"),
    ("km2", "平方公里"),
    ("km", "公里"),
    ("kg", "千克"),
    ("kWh", "千瓦时"),
    ("kwh", "千瓦时"),
    ("kW", "千瓦"),
    ("kw", "千瓦"),
    ("kV", "千伏"),
    ("kv", "千伏"),
    ("kVA", "千伏安"),
    ("MWh", "兆瓦时"),
    ("MW", "兆瓦"),
    ("GWh", "吉瓦时"),
    ("GW", "吉瓦"),
    ("TEU", "标箱"),
    ("m²", "平方米"),
    ("m2", "平方米"),
    ("m³", "立方米"),
    ("m3", "立方米"),
    ("mm", "毫米"),
    ("cm", "厘米"),
    ("m", "米"),
    ("t", "吨"),
];

/// Words after N次 that make it a numbered session: "五次全会", "六届五次党代会".
pub(crate) const SESSIONS: &[&str] = &[
    "全会",
    "全體會",
    "全体会议",
    "全體會議",
    "党代会",
    "黨代會",
    "人代会",
];

/// Words after N次 that make it a session when [`SESSION_HOSTS`] stands
/// before the number: "人大五次会议", "政协三次会议".
pub(crate) const MEETINGS: &[&str] = &["会议", "會議", "会", "會"];

/// Characters before N次会议 that name the body holding the session.
pub(crate) const SESSION_HOSTS: &str = "大协協届屆委";

/// Words after a number that make it no quantity, although they begin with
/// a unit: "建党100周年", "三分之一", "三次产业", "3个体户".
pub(crate) const NOT_UNITS: &[&str] = &[
    "周年",
    "週年",
    "分之",
    "次产业",
    "个体",
    "名单",
    "条件",
    "元素",
    "元年",
    "元旦",
    "期间",
    "家庭",
    "家长",
    "家属",
    "起步",
    "起点",
    "起草",
    "起来",
    "只有",
    "只要",
    "只能",
    "例如",
    "位置",
    "位于",
    "人民群众",
    "方面",
    "方案",
    "方式",
    "方向",
    "方法",
    "方位",
    "级",
    "級",
];

/// Approximators written before a number, longest first, with the
/// characters that must not stand before them (附近 is "nearby", 赶超
/// "catch up", 节约 "save").
pub(crate) const APPROX_BEFORE: &[(&str, &str)] = &[
    ("大约", ""),
    ("将近", ""),
    ("接近", ""),
    ("超过", ""),
    ("超過", ""),
    ("约", "节制签合契预公条大"),
    ("約", "節制簽合契預公條大"),
    ("近", "附最邻鄰靠临臨就亲親将將接晚"),
    ("超", "赶趕高"),
    ("逾", ""),
];

/// Before a bare scale only: "上千家", "上万人".
pub(crate) const APPROX_BEFORE_BARE: &[&str] = &["上", "突破", "破"];

/// Approximators between a number and its scale or unit: "40余项",
/// "3000多万元", "一万余家".
pub(crate) const APPROX_INNER: &[&str] = &["余", "餘", "多"];

/// Approximators after a quantity, longest first.
pub(crate) const APPROX_AFTER: &[&str] = &["左右", "以上", "以下", "以内", "以內", "之内", "之內"];

/// Range connectors between two numbers ("10-30亿元", "5%—5.5%", "3至5个").
pub(crate) const RANGE_DASHES: &[char] = &['-', '—', '–', '~', '〜', '至', '到'];

/// Separators of a list of bare numbers that share the last one's unit
/// ("65、45、80个工作日").
pub(crate) const LIST_SEPARATORS: &[char] = &['、', '和', '及', '与', '與', '或'];

/// Words before 第N that make it a rank ("全市第二", "排名第一",
/// "位居全省第3"), longest first.
pub(crate) const RANK_CONTEXT: &[&str] = &[
    "全国同类城市",
    "全國同類城市",
    "全国同类",
    "全國同類",
    "同行业",
    "全行业",
    "全国",
    "全國",
    "全省",
    "全市",
    "全区",
    "全區",
    "全县",
    "全縣",
    "全州",
    "全盟",
    "全旗",
    "全球",
    "世界",
    "国内",
    "國內",
    "省内",
    "省內",
    "市内",
    "市內",
    "区内",
    "區內",
    "各区",
    "各區",
    "同类",
    "同類",
    "行业",
    "排名",
    "排行",
    "排位",
    "位居",
    "位列",
    "名列",
    "跃居",
    "躍居",
    "跃升至",
    "跃升",
    "升至",
    "稳居",
    "穩居",
    "居",
    "列",
    "排",
];

/// Characters after 第N that still allow a rank (besides non-Han
/// characters): "全市第一的", "全市第一和全省第二".
pub(crate) const RANK_FOLLOWERS: &[char] = &['的', '和', '与', '與', '及', '并', '並', '且', '、'];

/// Characters before 前 that make it part of a word (目前, 提前, 之前,
/// 年前, 月底前 …), not "the top N".
pub(crate) const FRONT_BLOCKERS: &str =
    "目提此之以当當空面眼事超年月日底节節会會赛賽门門跟向往史战戰从從生午期季周週线線工产產考婚学學睡饭飯餐临臨课課班前上台幕阵陣胸额額";

/// Words after 前N that make it a period, not a rank ("前三季度", "前10个月").
pub(crate) const FRONT_TIME: &[&str] = &[
    "个季度",
    "个月",
    "个多月",
    "季度",
    "季",
    "月",
    "年",
    "天",
    "日",
    "周",
    "週",
    "小时",
    "批",
    "轮",
    "輪",
    "次",
    "届",
    "屆",
    "期",
    "阶段",
    "階段",
    "个",
    "位",
];

/// Rank words after 前N or 第N: "前三名", "第3名", "第二位".
pub(crate) const RANK_WORDS: &[char] = &['名', '位', '强', '強'];

/// Characters that may not open the noun of an "N大Y" count: 大 then forms
/// another word (大幅, 大量, 大学, 大会, 大湾区 …).
pub(crate) const BIG_STOPS: &str =
    "于於约約幅量力批部多型中小的了和与與及等以为為在是增减減提降超突规規致概都家众眾学學会會道厦廈桥橋街楼樓队隊赛賽典战戰局湾灣运運连連庆慶同理兴興鹏鵬埔岭嶺山河江关關门門院气氣";

/// Characters that end the noun of an "N大Y" count.
pub(crate) const BIG_NOUN_ENDS: &str = "的和与與及等为為是中上在之以并並将將";

/// Longest noun of an "N大Y" count, in code points.
pub(crate) const BIG_NOUN_MAX: usize = 4;

/// Words opening with a numeral and a measure word that are names or
/// slogans, not quantities.
pub(crate) const NOT_QUANTITIES: &[&str] = &[
    "八项规定",
    "八項規定",
    "四个意识",
    "四个自信",
    "四个全面",
    "四个革命",
    "四个最严",
    "两个维护",
    "两个確立",
    "两个确立",
    "两个毫不动摇",
    "两个大局",
    "两个务必",
    "三个务必",
    "三个代表",
    "五位一体",
    "四处",
    "四處",
    "七台河",
    "五台山",
    "五台县",
    "三门峡",
    "三門峽",
    "三元里",
    "十万火急",
];

/// Words before a bare scaled number (no unit) that make it money:
/// "投资超10亿", "营业收入突破1000亿".
pub(crate) const MONEY_CONTEXT: &[&str] = &[
    "投资",
    "資金",
    "资金",
    "收入",
    "产值",
    "產值",
    "总值",
    "總值",
    "总额",
    "總額",
    "营收",
    "營收",
    "销售",
    "銷售",
    "税收",
    "稅收",
    "金额",
    "金額",
    "规模",
    "增加值",
    "融资",
    "融資",
    "基金",
    "财政",
    "預算",
    "预算",
    "支出",
    "贷款",
    "貸款",
    "存款",
    "成交",
    "营业额",
    "利润",
    "利潤",
    "补贴",
    "補貼",
    "奖励",
    "獎勵",
    "扶持",
    "出口",
    "进口",
    "进出口",
    "GDP",
];

/// How far back (code points) [`MONEY_CONTEXT`] is looked for.
pub(crate) const MONEY_CONTEXT_WINDOW: usize = 12;
