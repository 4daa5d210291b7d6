//! Fuzz `gongwen::compare` over reports parsed from arbitrary text: the
//! input is split at NUL bytes into up to four reports. No panic, a status
//! other than qualitative only with both figures, and a result that does
//! not depend on the order of the reports. Run with
//!
//! ```text
//! cargo fuzz run compare -- -timeout=2
//! ```
//!
//! Seed the corpus with pairs of real reports joined by a NUL:
//! `mkdir -p fuzz/corpus/compare && (cat tests/fixtures/real/009.txt; printf '\0'; cat tests/fixtures/real/010.txt) > fuzz/corpus/compare/beijing`.
#![no_main]

use gongwen::compare::Report;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let documents: Vec<gongwen::Document> = text
        .split('\0')
        .take(4)
        .map(|t| gongwen::parse(t, &gongwen::Options::default()))
        .collect();
    let names: Vec<String> = (0..documents.len()).map(|i| format!("r{i}")).collect();
    let reports: Vec<Report> = names.iter().zip(&documents).map(|(n, d)| Report::new(n, d)).collect();
    let comparison = gongwen::compare(&reports);
    for row in &comparison.rows {
        let figure = row.target.value.is_some() && row.actual.value.is_some();
        let qualitative = row.status == gongwen::compare::Status::Qualitative;
        assert!(figure || qualitative, "a met/near/missed row without both figures: {row:?}");
    }
    let mut reversed = reports.clone();
    reversed.reverse();
    assert_eq!(gongwen::compare(&reversed), comparison, "the order of the reports changed the result");
});
