//! Traditional characters, for matching keywords: a report quoted by a Hong
//! Kong or Macao paper writes 「關於深圳市坪山區2020年國民經濟和社會發展計劃
//! 執行情況與2021年計劃草案的報告」, a Taiwanese portal 發布時間 and 來源.
//!
//! [`simplify`] maps the traditional form of the characters that the
//! keyword tables of [`crate::meta`] and [`crate::chrome`] use to the
//! simplified form those tables are written in, one code point to one.
//! Folding ([`crate::text::fold`]) applies it to every code point, so that
//! [`crate::keyword::word_at`] can compare a simplified keyword with either
//! script. Text that is returned (titles, names) is always the original.
//!
//! The table ([`HANT_PAIRS`]) is data, sorted by the traditional code point;
//! this module imports nothing, as folding sits on top of it.

/// (traditional, simplified), sorted by the traditional code point: the
/// traditional forms of every character the crate's tables (aliases, units,
/// lexicons, keywords) are written with — matching is all that folding is
/// for, since returned text is always the original. Taken from zhconv's
/// zh-cn table (one-to-one mappings whose traditional form is not itself a
/// GB2312 character, so simplified text is never rewritten); the whole
/// list is `tests/fixtures/hant-zh-cn.txt`, and [`tests::covers_every_table_character`]
/// fails when a table gains a character this list lacks.
#[rustfmt::skip]
const HANT_PAIRS: &[(char, char)] = &[
    ('並', '并'), ('亱', '夜'), ('佈', '布'), ('佔', '占'), ('併', '并'), ('來', '来'), ('侷', '局'), ('係', '系'), ('俻', '备'), ('個', '个'),
    ('們', '们'), ('倖', '幸'), ('偉', '伟'), ('備', '备'), ('傚', '效'), ('傢', '家'), ('働', '动'), ('價', '价'), ('億', '亿'), ('優', '优'),
    ('兠', '兜'), ('內', '内'), ('兩', '两'), ('冊', '册'), ('別', '别'), ('則', '则'), ('剋', '克'), ('剏', '创'), ('剙', '创'), ('創', '创'),
    ('劃', '划'), ('効', '效'), ('動', '动'), ('務', '务'), ('勢', '势'), ('勵', '励'), ('區', '区'), ('協', '协'), ('厰', '厂'), ('咊', '和'),
    ('員', '员'), ('唘', '启'), ('問', '问'), ('啓', '启'), ('啟', '启'), ('單', '单'), ('噸', '吨'), ('噹', '当'), ('嚮', '向'), ('嚴', '严'),
    ('囌', '苏'), ('囙', '因'), ('國', '国'), ('圍', '围'), ('園', '园'), ('圓', '圆'), ('圖', '图'), ('團', '团'), ('坿', '附'), ('執', '执'),
    ('堅', '坚'), ('報', '报'), ('場', '场'), ('塊', '块'), ('塲', '场'), ('壓', '压'), ('壯', '壮'), ('奬', '奖'), ('奮', '奋'), ('學', '学'),
    ('實', '实'), ('寧', '宁'), ('審', '审'), ('尅', '克'), ('將', '将'), ('專', '专'), ('對', '对'), ('導', '导'), ('尒', '尔'), ('屆', '届'),
    ('層', '层'), ('屬', '属'), ('峽', '峡'), ('崗', '岗'), ('嵗', '岁'), ('嶺', '岭'), ('帶', '带'), ('幑', '徽'), ('幙', '幕'), ('幣', '币'),
    ('幾', '几'), ('庫', '库'), ('廈', '厦'), ('廠', '厂'), ('廢', '废'), ('廣', '广'), ('廳', '厅'), ('廻', '回'), ('張', '张'), ('強', '强'),
    ('彆', '别'), ('彔', '录'), ('徃', '往'), ('後', '后'), ('徑', '径'), ('從', '从'), ('徵', '征'), ('徹', '彻'), ('愽', '博'), ('態', '态'),
    ('慶', '庆'), ('應', '应'), ('懞', '蒙'), ('戰', '战'), ('戶', '户'), ('掃', '扫'), ('掛', '挂'), ('換', '换'), ('揮', '挥'), ('揹', '背'),
    ('搆', '构'), ('搖', '摇'), ('搨', '拓'), ('撐', '撑'), ('擊', '击'), ('擕', '携'), ('據', '据'), ('擧', '举'), ('擴', '扩'), ('攜', '携'),
    ('攝', '摄'), ('攷', '考'), ('敎', '教'), ('數', '数'), ('敺', '驱'), ('斷', '断'), ('於', '于'), ('旂', '旗'), ('旹', '时'), ('昇', '升'),
    ('時', '时'), ('暢', '畅'), ('曏', '向'), ('會', '会'), ('朞', '期'), ('朢', '望'), ('朮', '术'), ('東', '东'), ('枱', '台'), ('査', '查'),
    ('條', '条'), ('棟', '栋'), ('業', '业'), ('極', '极'), ('榮', '荣'), ('構', '构'), ('樓', '楼'), ('標', '标'), ('樣', '样'), ('橋', '桥'),
    ('機', '机'), ('檯', '台'), ('欵', '款'), ('歐', '欧'), ('歲', '岁'), ('歸', '归'), ('毬', '球'), ('氣', '气'), ('汙', '污'), ('汚', '污'),
    ('決', '决'), ('沖', '冲'), ('況', '况'), ('淛', '浙'), ('減', '减'), ('準', '准'), ('滿', '满'), ('漲', '涨'), ('潛', '潜'), ('潤', '润'),
    ('濃', '浓'), ('濛', '蒙'), ('濟', '济'), ('瀏', '浏'), ('灋', '法'), ('灣', '湾'), ('災', '灾'), ('為', '为'), ('烖', '灾'), ('熱', '热'),
    ('營', '营'), ('爭', '争'), ('爲', '为'), ('爾', '尔'), ('牀', '床'), ('牎', '窗'), ('牕', '窗'), ('牽', '牵'), ('狀', '状'), ('獎', '奖'),
    ('獲', '获'), ('獻', '献'), ('現', '现'), ('琖', '盏'), ('環', '环'), ('產', '产'), ('産', '产'), ('甦', '苏'), ('畂', '亩'), ('畆', '亩'),
    ('畝', '亩'), ('畢', '毕'), ('畧', '略'), ('畮', '亩'), ('當', '当'), ('癈', '废'), ('發', '发'), ('皷', '鼓'), ('盞', '盏'), ('眎', '视'),
    ('眞', '真'), ('眡', '视'), ('眾', '众'), ('睏', '困'), ('瞭', '了'), ('矇', '蒙'), ('碩', '硕'), ('確', '确'), ('礎', '础'), ('礦', '矿'),
    ('祘', '算'), ('秊', '年'), ('秖', '只'), ('稅', '税'), ('種', '种'), ('稱', '称'), ('稾', '稿'), ('積', '积'), ('穩', '稳'), ('穫', '获'),
    ('窓', '窗'), ('窻', '窗'), ('竝', '并'), ('筆', '笔'), ('筞', '策'), ('箇', '个'), ('節', '节'), ('範', '范'), ('築', '筑'), ('簡', '简'),
    ('簽', '签'), ('籌', '筹'), ('籤', '签'), ('粵', '粤'), ('糧', '粮'), ('糰', '团'), ('糾', '纠'), ('約', '约'), ('純', '纯'), ('級', '级'),
    ('紛', '纷'), ('紥', '扎'), ('紮', '扎'), ('細', '细'), ('組', '组'), ('結', '结'), ('絡', '络'), ('給', '给'), ('統', '统'), ('經', '经'),
    ('綜', '综'), ('綠', '绿'), ('綫', '线'), ('維', '维'), ('綱', '纲'), ('網', '网'), ('緊', '紧'), ('緐', '繁'), ('緑', '绿'), ('線', '线'),
    ('編', '编'), ('緻', '致'), ('縣', '县'), ('縱', '纵'), ('總', '总'), ('績', '绩'), ('織', '织'), ('繙', '翻'), ('繞', '绕'), ('繫', '系'),
    ('繼', '继'), ('續', '续'), ('纍', '累'), ('纔', '才'), ('缐', '线'), ('羣', '群'), ('聞', '闻'), ('聯', '联'), ('肅', '肃'), ('肎', '肯'),
    ('胷', '胸'), ('脩', '修'), ('臨', '临'), ('臺', '台'), ('與', '与'), ('興', '兴'), ('舉', '举'), ('芲', '花'), ('華', '华'), ('萬', '万'),
    ('蓋', '盖'), ('蘇', '苏'), ('蘓', '苏'), ('蘤', '花'), ('處', '处'), ('號', '号'), ('螎', '融'), ('衆', '众'), ('術', '术'), ('衕', '同'),
    ('衛', '卫'), ('衝', '冲'), ('衞', '卫'), ('裏', '里'), ('補', '补'), ('裡', '里'), ('製', '制'), ('襍', '杂'), ('覈', '核'), ('見', '见'),
    ('規', '规'), ('視', '视'), ('親', '亲'), ('覽', '览'), ('訂', '订'), ('計', '计'), ('訊', '讯'), ('託', '托'), ('記', '记'), ('訪', '访'),
    ('設', '设'), ('註', '注'), ('評', '评'), ('詞', '词'), ('試', '试'), ('該', '该'), ('誌', '志'), ('認', '认'), ('語', '语'), ('說', '说'),
    ('説', '说'), ('課', '课'), ('調', '调'), ('謀', '谋'), ('識', '识'), ('議', '议'), ('護', '护'), ('讀', '读'), ('變', '变'), ('讬', '托'),
    ('豐', '丰'), ('負', '负'), ('財', '财'), ('貢', '贡'), ('貨', '货'), ('貫', '贯'), ('責', '责'), ('貴', '贵'), ('貸', '贷'), ('費', '费'),
    ('貼', '贴'), ('貿', '贸'), ('資', '资'), ('質', '质'), ('購', '购'), ('賽', '赛'), ('趕', '赶'), ('踐', '践'), ('踰', '逾'), ('蹏', '蹄'),
    ('躍', '跃'), ('車', '车'), ('較', '较'), ('載', '载'), ('輔', '辅'), ('輛', '辆'), ('輪', '轮'), ('輯', '辑'), ('輸', '输'), ('轄', '辖'),
    ('轉', '转'), ('辦', '办'), ('農', '农'), ('辳', '农'), ('迴', '回'), ('迻', '移'), ('這', '这'), ('連', '连'), ('逥', '回'), ('逬', '迸'),
    ('週', '周'), ('進', '进'), ('遊', '游'), ('運', '运'), ('過', '过'), ('達', '达'), ('遶', '绕'), ('選', '选'), ('遼', '辽'), ('邁', '迈'),
    ('郵', '邮'), ('鄉', '乡'), ('鄰', '邻'), ('醆', '盏'), ('釋', '释'), ('釐', '厘'), ('針', '针'), ('釦', '扣'), ('鈡', '钟'), ('銷', '销'),
    ('錄', '录'), ('錨', '锚'), ('錯', '错'), ('録', '录'), ('錶', '表'), ('鍵', '键'), ('鍼', '针'), ('鍾', '钟'), ('鎊', '镑'), ('鎭', '镇'),
    ('鎮', '镇'), ('鏈', '链'), ('鐘', '钟'), ('鑛', '矿'), ('長', '长'), ('門', '门'), ('閉', '闭'), ('開', '开'), ('間', '间'), ('閤', '合'),
    ('閱', '阅'), ('閲', '阅'), ('闆', '板'), ('關', '关'), ('陜', '陕'), ('陝', '陕'), ('陞', '升'), ('陣', '阵'), ('陸', '陆'), ('隊', '队'),
    ('階', '阶'), ('際', '际'), ('隣', '邻'), ('隨', '随'), ('險', '险'), ('隻', '只'), ('雙', '双'), ('雜', '杂'), ('難', '难'), ('雲', '云'),
    ('電', '电'), ('鞏', '巩'), ('韆', '千'), ('響', '响'), ('頁', '页'), ('頂', '顶'), ('頃', '顷'), ('項', '项'), ('預', '预'), ('領', '领'),
    ('頟', '额'), ('頭', '头'), ('顆', '颗'), ('題', '题'), ('額', '额'), ('類', '类'), ('顧', '顾'), ('顯', '显'), ('風', '风'), ('颱', '台'),
    ('飜', '翻'), ('飯', '饭'), ('餘', '余'), ('馬', '马'), ('駈', '驱'), ('騐', '验'), ('驅', '驱'), ('驗', '验'), ('體', '体'), ('髮', '发'),
    ('鵬', '鹏'), ('麗', '丽'), ('麪', '面'), ('麫', '面'), ('麵', '面'), ('麺', '面'), ('點', '点'), ('黨', '党'), ('齊', '齐'), ('齣', '出'),
    ('龍', '龙'),
];

/// [`HANT_PAIRS`] as UTF-16 code units (every entry is in the BMP): half
/// the size in the WebAssembly module. Built at compile time.
static HANT: [(u16, u16); HANT_PAIRS.len()] = {
    let mut table = [(0u16, 0u16); HANT_PAIRS.len()];
    let mut k = 0;
    while k < HANT_PAIRS.len() {
        table[k] = (HANT_PAIRS[k].0 as u32 as u16, HANT_PAIRS[k].1 as u32 as u16);
        k += 1;
    }
    table
};

/// First and last code point the bitmap covers (CJK Unified Ideographs).
const BITMAP_FIRST: u32 = 0x4E00;
const BITMAP_LAST: u32 = 0x9FFF;

/// One bit per code point of `BITMAP_FIRST..=BITMAP_LAST`: set where the
/// table has a traditional form, so that [`simplify`] skips the search for
/// every other character.
static TRADITIONAL: [u64; ((BITMAP_LAST - BITMAP_FIRST) / 64 + 1) as usize] = {
    let mut bits = [0u64; ((BITMAP_LAST - BITMAP_FIRST) / 64 + 1) as usize];
    let mut k = 0;
    while k < HANT_PAIRS.len() {
        let c = HANT_PAIRS[k].0 as u32;
        if c >= BITMAP_FIRST && c <= BITMAP_LAST {
            let n = c - BITMAP_FIRST;
            bits[(n / 64) as usize] |= 1 << (n % 64);
        }
        k += 1;
    }
    bits
};

/// The first character of `s` ('\0' for an empty string), at compile time.
pub(crate) const fn first_char(s: &str) -> char {
    char_at(s.as_bytes(), 0)
}

/// The length of the UTF-8 sequence that `lead` opens.
pub(crate) const fn utf8_len(lead: u8) -> usize {
    match lead {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// The character whose UTF-8 encoding starts at byte `k` of `b` ('\0' past
/// the end or for a cut sequence), at compile time: the one decoder the
/// tables built in constants share.
pub(crate) const fn char_at(b: &[u8], k: usize) -> char {
    if k >= b.len() {
        return '\0';
    }
    let len = utf8_len(b[k]);
    if k + len > b.len() {
        return '\0';
    }
    let mut code = match len {
        1 => b[k] as u32,
        2 => (b[k] & 0x1F) as u32,
        3 => (b[k] & 0x0F) as u32,
        _ => (b[k] & 0x07) as u32,
    };
    let mut j = 1;
    while j < len {
        code = (code << 6) | (b[k + j] & 0x3F) as u32;
        j += 1;
    }
    match char::from_u32(code) {
        Some(c) => c,
        None => '\0',
    }
}

/// The simplified form of `c` if the table has it, else `c`.
#[inline]
pub(crate) fn simplify(c: char) -> char {
    let u = c as u32;
    if !(BITMAP_FIRST..=BITMAP_LAST).contains(&u) {
        return c;
    }
    let n = u - BITMAP_FIRST;
    if TRADITIONAL[(n / 64) as usize] & (1 << (n % 64)) == 0 {
        return c;
    }
    // Every entry is in the BMP (see the bitmap range above).
    let unit = u as u16;
    match HANT.binary_search_by(|&(t, _)| t.cmp(&unit)) {
        Ok(i) => char::from_u32(u32::from(HANT[i].1)).unwrap_or(c),
        Err(_) => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Han characters in the string and char literals of the crate's
    /// sources (its tables), apart from this file.
    fn table_characters() -> std::collections::BTreeSet<char> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
        let mut files = vec![std::path::PathBuf::from(dir)];
        let mut chars = std::collections::BTreeSet::new();
        while let Some(path) = files.pop() {
            if path.is_dir() {
                files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            } else if path.extension().is_some_and(|e| e == "rs")
                && !path.ends_with("hant.rs")
                // Word's list numbers (甲乙丙, 壹贰叁) are output, not tables to match.
                && !path.parent().is_some_and(|p| p.ends_with("docx"))
            {
                let text = std::fs::read_to_string(&path).unwrap();
                // Literals only: comments mention traditional forms on purpose.
                for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
                    let mut quoted = false;
                    for c in line.chars() {
                        if c == '"' || c == '\'' {
                            quoted = !quoted;
                        } else if quoted && ('\u{4E00}'..='\u{9FFF}').contains(&c) {
                            chars.insert(c);
                        }
                    }
                }
            }
        }
        chars
    }

    #[test]
    fn covers_every_table_character() {
        let full = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/hant-zh-cn.txt"
        ))
        .unwrap();
        let used = table_characters();
        let missing: Vec<String> = full
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let mut cs = l.chars();
                let (t, _, s) = (cs.next()?, cs.next()?, cs.next()?);
                (used.contains(&s) && simplify(t) != s).then(|| format!("('{t}', '{s}')"))
            })
            .collect();
        assert!(
            missing.is_empty(),
            "should fold the traditional forms of every table character; add {}",
            missing.join(" ")
        );
    }

    #[test]
    fn table_is_in_the_bmp() {
        assert!(
            HANT_PAIRS
                .iter()
                .all(|&(t, s)| (t as u32) < 0x10000 && (s as u32) < 0x10000),
            "should hold BMP characters only, for the UTF-16 table"
        );
    }

    #[test]
    fn table_is_sorted() {
        let mut sorted = HANT_PAIRS.to_vec();
        sorted.sort_by_key(|p| p.0);
        sorted.dedup_by_key(|p| p.0);
        let mut table = HANT_PAIRS.to_vec();
        table.dedup_by_key(|p| p.0);
        assert_eq!(
            table, sorted,
            "should keep the table sorted by the traditional form"
        );
    }

    #[test]
    fn simplifies_every_table_entry() {
        for &(t, simple) in HANT_PAIRS {
            assert_eq!(simplify(t), simple, "should simplify {t}");
        }
        assert_eq!(simplify('区'), '区', "should keep a simplified character");
        assert_eq!(
            first_char("发布时间"),
            '发',
            "should decode the first character"
        );
        assert_eq!(first_char(""), '\0', "should give NUL for an empty string");
        let bytes = "a年😀".as_bytes();
        assert_eq!(char_at(bytes, 1), '年', "should decode a character after another");
        assert_eq!(char_at(bytes, 4), '😀', "should decode four bytes");
        assert_eq!(char_at(&bytes[..3], 1), '\0', "should give NUL for a cut sequence");
        assert_eq!(char_at(bytes, 8), '\0', "should give NUL past the end");
    }
}
