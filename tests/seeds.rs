//! Fixture tests over the five seed reports: the CLI's JSON, scored by the
//! project's scorer (tests/fixtures/score.py, a copy of
//! ../shared/eval/score.py) against the hand-checked gold in
//! tests/fixtures/gold/, must reach the scores the core issue sets — on the
//! seeds as they are and on re-encodings of them (scripts/variants.py).

use std::path::{Path, PathBuf};
use std::process::Command;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The minimum score for each measure the scorer prints.
const BARS: &[(&str, f64)] = &[
    ("headings_f1", 0.98),
    ("heading_title_acc", 0.95),
    ("indicators_f1", 0.97),
    ("indicator_value_acc", 0.95),
    ("meta_acc", 0.95),
    ("quantities_f1", 0.95),
];

fn python() -> Option<&'static str> {
    ["python3", "python"].into_iter().find(|p| {
        Command::new(p)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

fn score(texts: &Path, gold: &Path) -> serde_json::Value {
    let python = python().expect("the seed scores need python3 on PATH");
    let output = Command::new(python)
        .arg(Path::new(ROOT).join("tests/fixtures/score.py"))
        .arg("--cmd")
        .arg(format!("{} parse", env!("CARGO_BIN_EXE_gongwen")))
        .arg("--json")
        .arg(texts)
        .arg(gold)
        .output()
        .expect("run the scorer");
    assert!(
        output.status.success(),
        "the scorer failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("the scorer prints JSON")
}

fn assert_bars(label: &str, scores: &serde_json::Value) {
    let mut failures = Vec::new();
    for (measure, bar) in BARS {
        let value = scores[measure].as_f64().unwrap_or(0.0);
        if value < *bar {
            failures.push(format!("{measure} = {value} < {bar}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{label}: should reach every bar, but {}",
        failures.join(", ")
    );
    assert_eq!(
        scores["errors"].as_u64(),
        Some(0),
        "{label}: should print JSON for every file"
    );
}

#[test]
fn seeds_reach_the_bars() {
    let root = Path::new(ROOT);
    let scores = score(
        &root.join("tests/fixtures/seeds"),
        &root.join("tests/fixtures/gold"),
    );
    assert_bars("seeds", &scores);
}

#[test]
fn re_encoded_seeds_reach_the_bars() {
    let root = Path::new(ROOT);
    let out: PathBuf =
        std::env::temp_dir().join(format!("gongwen-variants-{}", std::process::id()));
    let status = Command::new(python().expect("python3"))
        .arg(root.join("scripts/variants.py"))
        .arg(root.join("tests/fixtures/seeds"))
        .arg(root.join("tests/fixtures/gold"))
        .arg(&out)
        .output()
        .expect("run scripts/variants.py");
    assert!(
        status.status.success(),
        "variants.py failed: {}",
        String::from_utf8_lossy(&status.stderr)
    );
    let variants = String::from_utf8_lossy(&status.stdout).into_owned();
    for variant in variants.lines() {
        let scores = score(
            &out.join(variant).join("seeds"),
            &out.join(variant).join("gold"),
        );
        assert_bars(variant, &scores);
    }
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn the_readme_score_table_is_current() {
    let root = Path::new(ROOT);
    let output = Command::new(python().expect("python3"))
        .arg(root.join("scripts/score-table.py"))
        .arg("--cmd")
        .arg(format!("{} parse", env!("CARGO_BIN_EXE_gongwen")))
        .arg("--check")
        .arg(root.join("README.md"))
        .output()
        .expect("run scripts/score-table.py");
    assert!(
        output.status.success(),
        "should find the README's score table current: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}
