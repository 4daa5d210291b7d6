//! The word tables of [`crate::region`], kept apart from the matching code.
//! All entries are simplified and folded, and where one entry begins
//! another, the longer comes first.

/// Administrative suffixes, longest first: 深圳市, 坪山区, 浦东新区,
/// 黔东南苗族侗族自治州, 北京经济技术开发区, 苏州工业园区.
pub(super) const REGION_SUFFIXES: &[&str] = &[
    "特别行政区",
    "高新技术产业开发区",
    "高新技术开发区",
    "经济技术开发区",
    "经济开发区",
    "工业园区",
    "开发区",
    "高新区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "新区",
    "地区",
    "林区",
    "省",
    "市",
    "州",
    "盟",
    "县",
    "旗",
    "区",
];

/// Suffixes after which a long (minority) name may stand: 延边朝鲜族自治州.
pub(super) const LONG_NAME_SUFFIXES: &[&str] = &["自治区", "自治州", "自治县", "自治旗"];

/// Longest name before an ordinary suffix; before an autonomous one.
pub(super) const NAME_MAX: usize = 4;
pub(super) const LONG_NAME_MAX: usize = 10;

/// Characters that cannot end a place name (the character before the
/// suffix): 全区, 本市, 辖区, 社区, 园区, 景区, 湾区, 功能区 are not places.
/// Before a long suffix (开发区, 高新区, 工业园区) a name may end in almost
/// anything (金沙湾经济开发区); only a determiner stops it (本开发区).
pub(super) const DETERMINERS: &str = "全本我该各其此这每";

pub(super) const NAME_LAST_STOP: &str = "全本我该各其此这每辖社园片景郊小校厂展专库超股楼夜集街场能范验税贸聚委府党两三四五六七八九十百千万亿个第老矿牧灾疫战";

/// More characters that cannot end a place name found in running text,
/// where a name has no clear left edge: 城区, 上市, 行业区, 大湾区 … (a title
/// may open with 溧湾区).
pub(super) const BODY_NAME_LAST_STOP: &str = "城行业大人会分上下开政区市县省湾";

/// Characters that cannot start a place name: "在常州市" is 在 + 常州市.
pub(super) const NAME_FIRST_STOP: &str = "在的是对为把被";

/// Characters that cannot stand anywhere in a place name found in running
/// text (a name that starts the title needs no such guard).
pub(super) const NAME_STOP: &str =
    "的和与及在是了年月日为把将对向从到由以等个其各全本我该这此每要于之并或被所";

/// A suffix followed by one of these is a common word: 市场, 市民, 区域, 县域, 省份.
pub(super) const SUFFIX_NEXT_STOP: &[(&str, &str)] = &[
    ("市", "场民值容面况价"),
    ("区", "域块间位分别划"),
    ("地区", "生"),
    ("县", "域级"),
    ("省", "份"),
    ("州", "际"),
];

/// Suffixes of the units that contain others (provinces, cities), longest
/// first: dropped to compare region names, so 北京 and 北京市, 广西 and
/// 广西壮族自治区 are one region.
pub(super) const CONTAINER_SUFFIXES: &[&str] = &[
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "特别行政区",
    "自治区",
    "省",
    "市",
];
