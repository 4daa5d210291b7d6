//! Snapshots: the JSON of every report the project keeps — the seeds, the
//! twelve real provincial work reports, the samples — exactly as the CLI
//! prints it, stored under tests/snapshots/. A refactor must leave every
//! byte alone; a change in what the parser finds shows up here as a readable
//! diff to review.
//!
//! After an intended change, rewrite them and read the diff:
//!
//! ```sh
//! GONGWEN_UPDATE_SNAPSHOTS=1 cargo test --test snapshots
//! git diff --stat tests/snapshots
//! ```

use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The folders of reports that have a snapshot, and where their snapshots live.
const SETS: &[(&str, &str)] = &[
    ("tests/fixtures/seeds", "tests/snapshots/seeds"),
    ("tests/fixtures/real", "tests/snapshots/real"),
    ("tests/fixtures/samples", "tests/snapshots/samples"),
];

fn reports(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    files.sort();
    files
}

/// The first line where two texts differ, for the failure message.
fn first_difference(want: &str, got: &str) -> String {
    let line = want
        .lines()
        .zip(got.lines())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| want.lines().count().min(got.lines().count()));
    format!(
        "line {}: expected {:?}, got {:?}",
        line + 1,
        want.lines().nth(line).unwrap_or("<end>"),
        got.lines().nth(line).unwrap_or("<end>")
    )
}

#[test]
fn every_report_should_parse_to_its_snapshot() {
    let update = std::env::var_os("GONGWEN_UPDATE_SNAPSHOTS").is_some();
    let root = Path::new(ROOT);
    let mut changed = Vec::new();
    let mut count = 0;
    for (inputs, outputs) in SETS {
        let outputs = root.join(outputs);
        if update {
            std::fs::create_dir_all(&outputs).expect("create the snapshot folder");
        }
        for file in reports(&root.join(inputs)) {
            count += 1;
            let bytes = std::fs::read(&file).expect("read a report");
            let (text, _) = gongwen::decode::decode(&bytes).expect("a report the CLI reads");
            let json =
                gongwen::to_json(&gongwen::parse(&text, &gongwen::Options::default())) + "\n";
            let name = file.file_stem().expect("a file name").to_string_lossy();
            let snapshot = outputs.join(format!("{name}.json"));
            let stored = std::fs::read_to_string(&snapshot).unwrap_or_default();
            if stored == json {
                continue;
            }
            if update {
                std::fs::write(&snapshot, &json).expect("write a snapshot");
            } else {
                changed.push(format!(
                    "{}: {}",
                    snapshot.display(),
                    first_difference(&stored, &json)
                ));
            }
        }
    }
    assert!(count >= 45, "should find the reports ({count} found)");
    assert!(
        changed.is_empty(),
        "should parse every report to its snapshot, but {} differ (GONGWEN_UPDATE_SNAPSHOTS=1 rewrites them):\n{}",
        changed.len(),
        changed.join("\n")
    );
}
