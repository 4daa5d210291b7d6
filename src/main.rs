//! `gongwen` — the command-line tool over the parser.
//!
//! ```text
//! gongwen parse [--format json|csv|md|text] [--compact] [--no-quantities] [--no-meta] [--out DIR] FILE...
//! gongwen extract FILE...          (the text the parser reads: a .docx's paragraphs)
//! gongwen compare [--format json|csv|md] [--compact] FILE...   (targets against outcomes)
//! ```
//!
//! `FILE` may be `-` for standard input. Files are read as UTF-8 or
//! GB18030/GBK (detected), or as a Word .docx (detected by content: the zip
//! signature and a word/document.xml entry, whatever the file's name; see
//! [`gongwen::docx`]), whose bold and heading styles help the outline. With one file the result goes to standard output;
//! with several, JSON becomes JSON Lines (one document per line, in order),
//! CSV becomes one table with a leading `file` column, and Markdown is
//! concatenated; `--out DIR` writes one output file per input instead.
//!
//! Exit status: 0 on success, 2 when an input cannot be read or is not
//! text (the message says which), 64 on a usage error.

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use gongwen::decode::decode;
use gongwen::docx::{self, Sniff};
use gongwen::compare::{comparison_to_csv, comparison_to_markdown, CompareWarning, Report};
use gongwen::{compare, parse_with, to_csv, to_markdown, Document, Hints, Options};

const USAGE: &str = "\
gongwen — parse Chinese government development reports

Usage:
  gongwen parse [options] FILE...     parse reports (FILE may be - for stdin)
  gongwen extract FILE...             print the text the parser reads (of a .docx: its paragraphs)
  gongwen compare [options] FILE...   pair each report's targets with the results a later
                                      report gives for that year (any order, any regions);
                                      --format json (default), csv (one row per pair) or md
  gongwen --version | --help

Options:
  -f, --format FORMAT   json (default): the Document, schema v1
                        csv: the indicator table (UTF-8 with BOM, for Excel)
                        md: the outline as Markdown
                        text: the text the parser reads (as `extract`)
      --compact         JSON on one line
      --no-quantities   skip the quantity scan
      --no-meta         skip the metadata (meta stays empty, and indicators
                        lose the years and region they take from it)
  -o, --out DIR         write one output file per input into DIR

Files may be UTF-8, UTF-16 or GB18030/GBK text (detected), with any line
endings, or Word .docx files (detected by content).";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Csv,
    Markdown,
    Text,
}

impl Format {
    fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Markdown => "md",
            Format::Text => "txt",
        }
    }
}

struct Args {
    format: Format,
    compact: bool,
    options: Options,
    out: Option<PathBuf>,
    files: Vec<String>,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("--version" | "-V") => {
            println!("gongwen {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Some("--help" | "-h" | "help") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some("parse") => match parse_args(&args[1..]) {
            Ok(args) => run(&args),
            Err(message) => usage_error(&message),
        },
        Some("compare") => match parse_args(&args[1..]) {
            Ok(args) if args.format == Format::Text || args.out.is_some() => {
                usage_error("compare takes --format json, csv or md, and writes to standard output")
            }
            Ok(args) => run_compare(&args),
            Err(message) => usage_error(&message),
        },
        Some("extract") => match parse_args(&args[1..]) {
            Ok(mut args) => {
                args.format = Format::Text;
                run(&args)
            }
            Err(message) => usage_error(&message),
        },
        Some(other) => usage_error(&format!("unknown command '{other}'")),
        None => usage_error("no command given"),
    }
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("gongwen: {message}\n\n{USAGE}");
    ExitCode::from(64)
}

fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut parsed = Args {
        format: Format::Json,
        compact: false,
        options: Options::default(),
        out: None,
        files: Vec::new(),
    };
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "-f" | "--format" => {
                let value = iter
                    .next()
                    .ok_or("--format needs a value: json, csv or md")?;
                parsed.format = format_named(value)?;
            }
            "--compact" => parsed.compact = true,
            "--no-quantities" => parsed.options.quantities = false,
            "--no-meta" => parsed.options.meta = false,
            "-o" | "--out" => {
                let value = iter.next().ok_or("--out needs a directory")?;
                parsed.out = Some(PathBuf::from(value));
            }
            "-" => parsed.files.push(arg.clone()),
            flag if flag.starts_with("--format=") => {
                parsed.format = format_named(&flag["--format=".len()..])?
            }
            flag if flag.starts_with('-') => return Err(format!("unknown option '{flag}'")),
            _ => parsed.files.push(arg.clone()),
        }
    }
    if parsed.files.is_empty() {
        return Err("no input file (use - for standard input)".into());
    }
    Ok(parsed)
}

fn format_named(name: &str) -> Result<Format, String> {
    match name {
        "json" => Ok(Format::Json),
        "csv" => Ok(Format::Csv),
        "md" | "markdown" => Ok(Format::Markdown),
        "text" | "txt" => Ok(Format::Text),
        other => Err(format!(
            "unknown format '{other}': use json, csv, md or text"
        )),
    }
}

fn run(args: &Args) -> ExitCode {
    let mut failed = false;
    let many = args.files.len() > 1;
    let stdout = io::stdout();
    let mut stdout = stdout.lock();
    for (index, file) in args.files.iter().enumerate() {
        let (text, hints) = match read_text(file) {
            Ok(read) => read,
            Err(message) => {
                eprintln!("gongwen: {file}: {message}");
                failed = true;
                continue;
            }
        };
        if args.format == Format::Text {
            let written = match &args.out {
                Some(dir) => write_beside(dir, file, args.format, &text),
                None => stdout
                    .write_all(text.as_bytes())
                    .and_then(|()| stdout.write_all(if many { b"\n" } else { b"" }))
                    .map_err(|e| e.to_string()),
            };
            if let Err(message) = written {
                eprintln!("gongwen: {file}: {message}");
                failed = true;
            }
            continue;
        }
        let document = parse_with(&text, &hints, &args.options);
        let output = render(
            &document,
            args,
            if many {
                Some((index, file.as_str()))
            } else {
                None
            },
        );
        let written = match &args.out {
            Some(dir) => write_beside(dir, file, args.format, &render(&document, args, None)),
            None => stdout
                .write_all(output.as_bytes())
                .map_err(|e| e.to_string()),
        };
        if let Err(message) = written {
            eprintln!("gongwen: {file}: {message}");
            failed = true;
        }
    }
    if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}

/// `gongwen compare`: parse every file, pair targets with outcomes, print
/// the comparison. A file that cannot be read becomes a warning in the
/// output (and exit status 2); the others are still compared.
fn run_compare(args: &Args) -> ExitCode {
    let mut documents = Vec::new();
    let mut unreadable = Vec::new();
    for file in &args.files {
        match read_text(file) {
            Ok((text, hints)) => documents.push((file.as_str(), parse_with(&text, &hints, &args.options))),
            Err(message) => {
                eprintln!("gongwen: {file}: {message}");
                unreadable.push(CompareWarning::new(
                    "unreadable",
                    format!("{file}: {message}"),
                    Some(file),
                ));
            }
        }
    }
    let reports: Vec<Report> = documents.iter().map(|(file, d)| Report::new(file, d)).collect();
    let mut comparison = compare(&reports);
    comparison.warnings.splice(0..0, unreadable.iter().cloned());
    let output = match args.format {
        Format::Csv => comparison_to_csv(&comparison),
        Format::Markdown => comparison_to_markdown(&comparison),
        _ if args.compact => serde_json::to_string(&comparison).unwrap_or_default() + "\n",
        _ => serde_json::to_string_pretty(&comparison).unwrap_or_default() + "\n",
    };
    if let Err(e) = io::stdout().lock().write_all(output.as_bytes()) {
        eprintln!("gongwen: {e}");
        return ExitCode::from(2);
    }
    if unreadable.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    }
}

/// Render one document; `batch` is (position, file name) when several
/// inputs share standard output.
fn render(document: &Document, args: &Args, batch: Option<(usize, &str)>) -> String {
    match (args.format, batch) {
        (Format::Json, None) if !args.compact => gongwen::to_json(document) + "\n",
        (Format::Json, _) => gongwen::to_json_compact(document) + "\n",
        (Format::Csv, None) => to_csv(document),
        (Format::Csv, Some((index, file))) => {
            // One table: a `file` column first, the header and BOM once.
            let csv = to_csv(document);
            let mut rows = csv.trim_start_matches('\u{FEFF}').split_inclusive("\r\n");
            let header = rows.next().unwrap_or_default();
            let mut out = String::new();
            if index == 0 {
                out.push_str("\u{FEFF}file,");
                out.push_str(header);
            }
            let name = gongwen::csv_field(file);
            for row in rows {
                out.push_str(&name);
                out.push(',');
                out.push_str(row);
            }
            out
        }
        (Format::Markdown, None) => to_markdown(document),
        (Format::Text, _) => String::new(),
        (Format::Markdown, Some((index, file))) => {
            let separator = if index == 0 { "" } else { "\n---\n\n" };
            format!("{separator}<!-- {file} -->\n\n{}", to_markdown(document))
        }
    }
}

/// Read and decode a file (or standard input for `-`): a .docx is
/// extracted (with its hints), anything else decoded as text.
fn read_text(file: &str) -> Result<(String, Hints), String> {
    let bytes = if file == "-" {
        let mut bytes = Vec::new();
        io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        bytes
    } else {
        let path = Path::new(file);
        if path.is_dir() {
            return Err("is a directory, not a file".into());
        }
        std::fs::read(path).map_err(|e| format!("cannot read: {e}"))?
    };
    match docx::sniff(&bytes) {
        Sniff::Docx | Sniff::Ole => docx::extract(&bytes)
            .map(|x| (x.text, x.hints))
            .map_err(|e| e.to_string()),
        Sniff::Zip => Err(docx::extract(&bytes)
            .err()
            .unwrap_or(docx::DocxError::NotWord)
            .to_string()),
        Sniff::Other => decode(&bytes)
            .map(|(text, _)| (text, Hints::default()))
            .map_err(|e| e.to_string()),
    }
}

/// Write `output` to DIR/<input stem>.<format extension>.
fn write_beside(dir: &Path, file: &str, format: Format, output: &str) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let stem = if file == "-" {
        "stdin".to_string()
    } else {
        Path::new(file).file_stem().map_or_else(
            || "report".to_string(),
            |s| s.to_string_lossy().into_owned(),
        )
    };
    let target = dir.join(format!("{stem}.{}", format.extension()));
    std::fs::write(&target, output).map_err(|e| format!("cannot write {}: {e}", target.display()))
}
