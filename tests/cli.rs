//! The `gongwen` command line: formats, encodings, standard input, batches
//! and errors.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/seeds/003_dffd46bcd313bc8d.txt"
);

fn gongwen(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gongwen"))
        .args(args)
        .output()
        .expect("run gongwen")
}

fn gongwen_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gongwen"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run gongwen");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("write stdin");
    child.wait_with_output().expect("wait for gongwen")
}

fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gongwen-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).expect("gongwen prints JSON")
}

#[test]
fn prints_the_document_as_json() {
    let output = gongwen(&["parse", SEED]);
    assert!(output.status.success(), "should succeed on a seed");
    let document = json(&output);
    assert_eq!(document["schemaVersion"], 1, "should print schema v1");
    assert!(
        document["outline"]
            .as_array()
            .is_some_and(|o| !o.is_empty()),
        "should print the outline"
    );
    assert!(
        document["indicators"]
            .as_array()
            .is_some_and(|i| !i.is_empty()),
        "should print indicators"
    );
}

#[test]
fn skips_the_metadata_with_no_meta() {
    let full = json(&gongwen(&["parse", SEED]));
    let output = gongwen(&["parse", "--no-meta", SEED]);
    assert!(output.status.success(), "should accept --no-meta");
    let bare = json(&output);
    assert!(
        full["meta"]["title"].is_string(),
        "should read the seed's title by default"
    );
    assert_eq!(
        bare["meta"]["title"],
        serde_json::Value::Null,
        "should leave the metadata empty"
    );
    assert_eq!(
        bare["outline"], full["outline"],
        "should leave the outline alone"
    );
}

#[test]
fn reads_standard_input() {
    let text = std::fs::read(SEED).unwrap();
    let from_file = json(&gongwen(&["parse", SEED]));
    let from_stdin = json(&gongwen_stdin(&["parse", "-"], &text));
    assert_eq!(from_file, from_stdin, "should parse stdin like the file");
}

#[test]
fn reads_gbk_files() {
    // GBK has no NBSP, which this web copy holds: a GBK file would have a space.
    let text = std::fs::read_to_string(SEED)
        .unwrap()
        .replace('\u{a0}', " ");
    let (gbk, _, unmappable) = encoding_rs::GBK.encode(&text);
    assert!(!unmappable, "the seed is GBK-encodable");
    let path = temp_file("gbk.txt", &gbk);
    let from_gbk = json(&gongwen(&["parse", path.to_str().unwrap()]));
    let from_utf8 = json(&gongwen_stdin(&["parse", "-"], text.as_bytes()));
    assert_eq!(
        from_gbk, from_utf8,
        "should detect GBK and give the same document"
    );
}

#[test]
fn reads_crlf_and_bom() {
    let text = std::fs::read_to_string(SEED).unwrap();
    let crlf = format!("\u{FEFF}{}", text.replace('\n', "\r\n"));
    let path = temp_file("crlf.txt", crlf.as_bytes());
    let document = json(&gongwen(&["parse", path.to_str().unwrap()]));
    let plain = json(&gongwen(&["parse", SEED]));
    assert_eq!(
        document["outline"].as_array().map(Vec::len),
        plain["outline"].as_array().map(Vec::len),
        "should read CRLF like LF"
    );
    assert_eq!(
        document["indicators"].as_array().map(Vec::len),
        plain["indicators"].as_array().map(Vec::len),
        "should find the same indicators"
    );
}

#[test]
fn prints_csv_with_a_bom() {
    let output = gongwen(&["parse", "--format", "csv", SEED]);
    assert!(output.status.success(), "should succeed");
    let csv = String::from_utf8(output.stdout).unwrap();
    assert!(
        csv.starts_with("\u{FEFF}key,name,role,year,measure,value,unit,direction,qualifier,kind"),
        "should open with a BOM and the header"
    );
    let rows = csv.trim_end().split("\r\n").count() - 1;
    let indicators = json(&gongwen(&["parse", SEED]))["indicators"]
        .as_array()
        .map_or(0, Vec::len);
    assert_eq!(rows, indicators, "should print one row per indicator");
}

#[test]
fn prints_markdown() {
    let output = gongwen(&["parse", "-f", "md", SEED]);
    let markdown = String::from_utf8(output.stdout).unwrap();
    assert!(
        markdown.lines().any(|l| l.starts_with("- ")),
        "should print the outline as a list"
    );
}

#[test]
fn parses_a_batch() {
    let text = std::fs::read(SEED).unwrap();
    let a = temp_file("a.txt", &text);
    let b = temp_file("b.txt", &text);
    let output = gongwen(&[
        "parse",
        "--format",
        "csv",
        a.to_str().unwrap(),
        b.to_str().unwrap(),
    ]);
    let csv = String::from_utf8(output.stdout).unwrap();
    assert!(
        csv.starts_with("\u{FEFF}file,key,"),
        "should add a file column to a batch table"
    );
    assert_eq!(
        csv.matches('\u{FEFF}').count(),
        1,
        "should write the BOM once"
    );
    let json_lines = gongwen(&["parse", a.to_str().unwrap(), b.to_str().unwrap()]);
    assert_eq!(
        String::from_utf8_lossy(&json_lines.stdout).lines().count(),
        2,
        "should print JSON Lines for a batch"
    );
    let out = a.parent().unwrap().join("out");
    let written = gongwen(&[
        "parse",
        "--out",
        out.to_str().unwrap(),
        a.to_str().unwrap(),
        b.to_str().unwrap(),
    ]);
    assert!(
        written.status.success(),
        "should write a batch into a directory"
    );
    assert!(
        out.join("a.json").exists() && out.join("b.json").exists(),
        "should write one file per input"
    );
}

#[test]
fn refuses_binary_input_with_exit_code_2() {
    let path = temp_file("image.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0");
    let output = gongwen(&["parse", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2), "should exit with 2");
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(
        message.contains("binary"),
        "should say the input is binary: {message}"
    );
    assert!(output.stdout.is_empty(), "should print nothing on stdout");
}

#[test]
fn refuses_a_missing_file_with_exit_code_2() {
    let output = gongwen(&["parse", "/no/such/report.txt"]);
    assert_eq!(output.status.code(), Some(2), "should exit with 2");
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("/no/such/report.txt"),
        "should name the file"
    );
}

#[test]
fn explains_usage_errors() {
    let output = gongwen(&["parse"]);
    assert_eq!(
        output.status.code(),
        Some(64),
        "should exit with 64 on a usage error"
    );
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("Usage"),
        "should print the usage"
    );
    let output = gongwen(&["parse", "--format", "xml", SEED]);
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("unknown format"),
        "should name the bad format"
    );
    assert!(
        gongwen(&["--version"]).status.success(),
        "should print the version"
    );
}
