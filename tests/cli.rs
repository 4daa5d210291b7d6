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

const REAL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/real/");

#[test]
fn parses_a_docx_as_its_text() {
    let docx = format!("{REAL}009.docx");
    let txt = format!("{REAL}009.txt");
    let from_docx = gongwen(&["parse", &docx]);
    assert_eq!(from_docx.status.code(), Some(0), "should parse a .docx");
    assert_eq!(
        json(&from_docx),
        json(&gongwen(&["parse", &txt])),
        "should give the .docx the Document of its .txt"
    );
    for format in ["csv", "md"] {
        let a = gongwen(&["parse", "--format", format, &docx]);
        let b = gongwen(&["parse", "--format", format, &txt]);
        assert_eq!(a.stdout, b.stdout, "should print the same {format}");
    }
}

#[test]
fn detects_a_docx_by_content_not_name() {
    let bytes = std::fs::read(format!("{REAL}003.docx")).unwrap();
    let path = temp_file("report.bin", &bytes);
    let output = gongwen(&["parse", path.to_str().unwrap()]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "should read a .docx named .bin"
    );
    assert!(
        !json(&output)["outline"].as_array().unwrap().is_empty(),
        "should find its outline"
    );
    let piped = gongwen_stdin(&["parse", "-"], &bytes);
    assert_eq!(
        piped.status.code(),
        Some(0),
        "should read a .docx on standard input"
    );
}

#[test]
fn extracts_a_docx_to_text() {
    let output = gongwen(&["extract", &format!("{REAL}005.docx")]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        output.stdout,
        std::fs::read(format!("{REAL}005.txt")).unwrap(),
        "should print the paragraphs, one a line"
    );
    let text = gongwen(&["parse", "--format", "text", &format!("{REAL}005.docx")]);
    assert_eq!(
        text.stdout, output.stdout,
        "should print the same with --format text"
    );
}

#[test]
fn parses_a_batch_mixing_txt_and_docx() {
    let out = std::env::temp_dir().join(format!("gongwen-cli-out-docx-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let docx = format!("{REAL}011.docx");
    let output = gongwen(&["parse", "--out", out.to_str().unwrap(), SEED, &docx]);
    assert_eq!(output.status.code(), Some(0));
    assert!(
        out.join("011.json").exists(),
        "should write 011.json for 011.docx"
    );
    let csv = gongwen(&["parse", "--format", "csv", SEED, &docx]);
    let csv = String::from_utf8_lossy(&csv.stdout);
    assert!(
        csv.contains("011.docx,"),
        "should list the .docx's rows in one table"
    );
    let lines = gongwen(&["parse", "--compact", SEED, &docx]);
    assert_eq!(
        String::from_utf8_lossy(&lines.stdout).lines().count(),
        2,
        "should print JSON Lines"
    );
}

#[test]
fn explains_bad_word_files() {
    let mut doc = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    doc.extend([0u8; 600]);
    let cases: [(&str, Vec<u8>, &str); 4] = [
        ("old.doc", doc, "save it as .docx"),
        (
            "cut.docx",
            std::fs::read(format!("{REAL}001.docx")).unwrap()[..5000].to_vec(),
            "damaged",
        ),
        (
            "sheet.xlsx",
            b"PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0".to_vec(),
            "not a Word .docx",
        ),
        ("scan.pdf", b"%PDF-1.7\n\0\x01\x02binary".to_vec(), "binary"),
    ];
    for (name, bytes, says) in cases {
        let path = temp_file(name, &bytes);
        let output = gongwen(&["parse", path.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(2), "should exit 2 on {name}");
        let message = String::from_utf8_lossy(&output.stderr);
        assert!(
            message.contains(says),
            "should say '{says}' for {name}: {message}"
        );
        assert!(output.stdout.is_empty(), "should print nothing for {name}");
    }
}

#[test]
fn a_batch_csv_writes_a_file_name_that_looks_like_a_formula_as_text() {
    let seed = std::fs::read(SEED).expect("the seed");
    let odd = temp_file("=cmd.txt", &seed);
    let output = Command::new(env!("CARGO_BIN_EXE_gongwen"))
        .args(["parse", "--format", "csv", SEED, "=cmd.txt"])
        .current_dir(odd.parent().expect("a folder"))
        .output()
        .expect("run gongwen");
    let csv = String::from_utf8_lossy(&output.stdout);
    let rows: Vec<&str> = csv.lines().filter(|l| l.contains("=cmd.txt")).collect();
    assert!(!rows.is_empty(), "should list the file's rows");
    assert!(
        rows.iter().all(|l| l.starts_with("'=cmd.txt,")),
        "should write the file name as text, never as a formula: {rows:?}"
    );
}

#[test]
fn compare_should_pair_targets_with_the_next_years_results() {
    let (a, b) = (format!("{REAL}009.txt"), format!("{REAL}010.txt"));
    let output = gongwen(&["compare", &b, &a]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let value = json(&output);
    let rows = value["rows"].as_array().expect("rows");
    assert!(rows.len() >= 3, "should pair the 2025 targets of 北京市: {rows:?}");
    let gdp = rows.iter().find(|r| r["key"] == "gdp").expect("a gdp row");
    assert_eq!(gdp["target"]["file"], a.as_str());
    assert_eq!(gdp["actual"]["file"], b.as_str());
    assert_eq!(gdp["year"], 2025);
    assert!(value["unpaired"].as_array().is_some_and(|u| !u.is_empty()));
}

#[test]
fn compare_should_write_csv_and_markdown() {
    let (a, b) = (format!("{REAL}009.txt"), format!("{REAL}010.txt"));
    let csv = gongwen(&["compare", "--format", "csv", &a, &b]);
    let text = String::from_utf8(csv.stdout).unwrap();
    assert!(text.starts_with("\u{FEFF}region,year,key,name,measure,status,"));
    let md = gongwen(&["compare", "-f", "md", &a, &b]);
    assert!(String::from_utf8(md.stdout).unwrap().contains("| indicator | target | actual | status |"));
}

#[test]
fn compare_should_note_an_unreadable_file_and_compare_the_rest() {
    let missing = format!("{REAL}no-such-report.txt");
    let (a, b) = (format!("{REAL}009.txt"), format!("{REAL}010.txt"));
    let output = gongwen(&["compare", &a, &missing, &b]);
    assert_eq!(output.status.code(), Some(2), "should exit 2 as parse does");
    let value = json(&output);
    assert!(!value["rows"].as_array().unwrap().is_empty(), "should still compare the others");
    let warning = &value["warnings"][0];
    assert_eq!(warning["code"], "unreadable");
    assert_eq!(warning["file"], missing.as_str());
}

#[test]
fn compare_should_refuse_options_it_cannot_honour() {
    assert_eq!(gongwen(&["compare", "--format", "text", SEED]).status.code(), Some(64));
    assert_eq!(gongwen(&["compare", "--out", "x", SEED]).status.code(), Some(64));
    assert_eq!(gongwen(&["compare"]).status.code(), Some(64));
}
