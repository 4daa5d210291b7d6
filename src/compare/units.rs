//! Units of the two sides of a pair, brought to one.
//!
//! ```text
//! unit  = scale? base                ; 万亿元 = 万亿 × 元, 亿斤, 万人, %
//! scale = 万亿 | 千亿 | 百亿 | 亿 | 千万 | 百万 | 万 | 千 | 百 | 十
//! base  = a word of a MASSES row (converted by its weight) | anything else (as is)
//! ```
//!
//! "3.9万亿元" against a target in 亿元 is 39000; "130亿斤" against a target
//! in 万吨 is 650 万吨 (a 斤 is half a kilogram). Two units with different
//! bases that are not both masses do not convert: `%` against `个百分点`,
//! 亿元 against 亿美元.

/// Scale words, longest first so that 万亿 wins over 万.
const SCALES: &[(&str, f64)] = &[
    ("万亿", 1e12),
    ("千亿", 1e11),
    ("百亿", 1e10),
    ("亿", 1e8),
    ("千万", 1e7),
    ("百万", 1e6),
    ("万", 1e4),
    ("千", 1e3),
    ("百", 1e2),
];

/// Units of mass, in kilograms.
const MASSES: &[(&str, f64)] = &[("吨", 1000.0), ("公斤", 1.0), ("千克", 1.0), ("斤", 0.5)];

/// `value` stated in `from`, in the unit `to`; `None` when they do not
/// convert. No unit on either side leaves the value as it is.
pub fn convert(value: f64, from: Option<&str>, to: Option<&str>) -> Option<f64> {
    let (Some(from), Some(to)) = (from, to) else {
        return Some(value);
    };
    if from == to {
        return Some(value);
    }
    let (from_scale, from_base) = split(from);
    let (to_scale, to_base) = split(to);
    let weight = if from_base == to_base {
        1.0
    } else {
        mass(from_base)? / mass(to_base)?
    };
    Some(value * (from_scale / to_scale) * weight)
}

/// A unit's scale and base: 万亿元 → (1e12, 元). A unit that is only a
/// scale word (万, as in "户数万") keeps it as its base.
fn split(unit: &str) -> (f64, &str) {
    for &(word, scale) in SCALES {
        if let Some(base) = unit.strip_prefix(word) {
            if !base.is_empty() {
                return (scale, base);
            }
        }
    }
    (1.0, unit)
}

fn mass(base: &str) -> Option<f64> {
    MASSES
        .iter()
        .find(|(word, _)| *word == base)
        .map(|&(_, kg)| kg)
}

#[cfg(test)]
mod tests {
    use super::convert;

    #[test]
    fn should_scale_within_one_base() {
        assert_eq!(convert(3.9, Some("万亿元"), Some("亿元")), Some(39000.0));
        assert_eq!(convert(64.1, Some("万人"), Some("万人")), Some(64.1));
    }

    #[test]
    fn should_convert_masses_by_weight() {
        assert_eq!(convert(130.0, Some("亿斤"), Some("万吨")), Some(650.0));
    }

    #[test]
    fn should_refuse_units_of_different_things() {
        assert_eq!(convert(5.0, Some("%"), Some("个百分点")), None);
        assert_eq!(convert(5.0, Some("亿元"), Some("亿美元")), None);
    }

    #[test]
    fn should_leave_a_value_without_a_unit_as_it_is() {
        assert_eq!(convert(5.0, None, Some("%")), Some(5.0));
    }
}
