//! The layer order of `src/`: every module uses only modules in layers below
//! its own, so no two modules import each other in a cycle.
//!
//! The order has one home, the table under "# Architecture" at the top of
//! `src/lib.rs` (`ARCHITECTURE.md` lists the same modules in the same order,
//! which is checked too). A module is a top-level file `src/x.rs` or a folder
//! `src/x/` (`src/x/y.rs`, `src/x/mod.rs`); `src/lib.rs` is `lib` and
//! `src/main.rs` is `main`. Every `crate::…` and `super::…` path in code —
//! comments, doc comments and string literals are blanked first — names the
//! module it reaches, and a path within a module's own files is internal.
//!
//! One more rule about the library as a whole lives here: it reads no
//! environment variables.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

// ---------------------------------------------------------------------------
// The checks on the real tree
// ---------------------------------------------------------------------------

#[test]
fn src_should_follow_the_layer_order() {
    let lib = read("src/lib.rs");
    let layers = layer_table(&lib).unwrap_or_else(|e| panic!("src/lib.rs: {e}"));
    let files = source_files();
    let report = check(&files, &layers);
    assert!(
        report.errors.is_empty(),
        "the layer order at the top of src/lib.rs is broken:\n\n{}\n",
        report.errors.join("\n")
    );
    // Guard against a checker that reads nothing: src/ holds well over a
    // hundred cross-module paths.
    assert!(
        report.references >= 100,
        "should find the crate's cross-module paths, found {}",
        report.references
    );
}

#[test]
fn architecture_md_should_list_the_modules_in_layer_order() {
    let layers = layer_table(&read("src/lib.rs")).expect("the layer table");
    let table: Vec<&str> = layers.iter().flatten().map(String::as_str).collect();
    let architecture = read("ARCHITECTURE.md");
    let listed: Vec<&str> = architecture
        .lines()
        .filter_map(|l| l.strip_prefix("- `"))
        .filter_map(|l| l.split('`').next())
        .collect();
    assert_eq!(
        listed, table,
        "ARCHITECTURE.md should list one `- `module`` line per module, in the order of the table in src/lib.rs"
    );
}

/// `parse` is a function of its text and `Options` alone: nothing in the
/// library reads the environment at run time (the CLI, `main`, may).
/// `env!` (a compile-time constant) is fine.
#[test]
fn library_should_not_read_the_environment() {
    let reads: Vec<String> = source_files()
        .iter()
        .filter(|(file, _)| module_of(file) != "main")
        .flat_map(|(file, text)| {
            let code = blank_comments_and_literals(text);
            code.lines()
                .zip(text.lines())
                .enumerate()
                .filter(|(_, (code, _))| code.contains("std::env") || code.contains("env::var"))
                .map(|(k, (_, line))| format!("src/{file}:{}: {}", k + 1, line.trim()))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(
        reads.is_empty(),
        "the library should take its settings from Options, not the environment:\n{}",
        reads.join("\n")
    );
}

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(ROOT).join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every `.rs` file under `src/`, as (path relative to `src/`, text).
fn source_files() -> Vec<(String, String)> {
    let src = Path::new(ROOT).join("src");
    let mut pending = vec![src.clone()];
    let mut files = Vec::new();
    while let Some(path) = pending.pop() {
        if path.is_dir() {
            for entry in std::fs::read_dir(&path).expect("read a folder of src/") {
                pending.push(entry.expect("a folder entry").path());
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            let relative = path.strip_prefix(&src).expect("a path under src/");
            let relative = relative.to_string_lossy().replace('\\', "/");
            let text = std::fs::read_to_string(&path).expect("read a source file");
            files.push((relative, text));
        }
    }
    files.sort();
    files
}

// ---------------------------------------------------------------------------
// The layer table
// ---------------------------------------------------------------------------

/// The layers, lowest first, from the `//! | layer | stage | modules |` table
/// of a crate-root doc comment: rows numbered 0, 1, 2 …; the modules are the
/// code spans of the last column (`[`text`]`, `` `lib` ``).
fn layer_table(lib: &str) -> Result<Vec<Vec<String>>, String> {
    let mut layers: Vec<Vec<String>> = Vec::new();
    for line in lib.lines() {
        let Some(row) = line.trim_start().strip_prefix("//!") else {
            continue;
        };
        let cells: Vec<&str> = row.trim().split('|').map(str::trim).collect();
        // "| 3 | stage | [`a`], [`b`] |" splits into "", "3", "stage", "…", "".
        if cells.len() < 4 || !cells[0].is_empty() {
            continue;
        }
        let Ok(number) = cells[1].parse::<usize>() else {
            continue;
        };
        if number != layers.len() {
            return Err(format!(
                "the layer table should number its rows 0, 1, 2 … in order; row {number} stands where {} belongs",
                layers.len()
            ));
        }
        let modules: Vec<String> = cells[cells.len() - 2]
            .split('`')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect();
        if modules.is_empty() {
            return Err(format!("layer {number} names no module"));
        }
        layers.push(modules);
    }
    if layers.is_empty() {
        return Err("no layer table (`//! | 0 | stage | [`module`] |` rows) found".into());
    }
    Ok(layers)
}

// ---------------------------------------------------------------------------
// The checker
// ---------------------------------------------------------------------------

/// A path in one module that reaches another.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Reference {
    /// The file, relative to `src/`.
    file: String,
    line: usize,
    /// The path as written, from `crate`/`super` to its last segment.
    path: String,
    /// The top-level module it reaches.
    target: String,
}

struct Report {
    errors: Vec<String>,
    /// How many cross-module paths were read.
    references: usize,
}

/// Check `files` (path relative to `src/`, text) against `layers`.
fn check(files: &[(String, String)], layers: &[Vec<String>]) -> Report {
    let mut errors = Vec::new();
    let mut layer_of: BTreeMap<&str, usize> = BTreeMap::new();
    for (number, modules) in layers.iter().enumerate() {
        for module in modules {
            if layer_of.insert(module, number).is_some() {
                errors.push(format!("the layer table names `{module}` twice"));
            }
        }
    }
    let modules: BTreeSet<String> = files.iter().map(|(f, _)| module_of(f)).collect();
    for module in layer_of.keys().filter(|m| !modules.contains(**m)) {
        errors.push(format!(
            "the layer table names `{module}`, which has no file in src/: remove it from the layer table"
        ));
    }
    let mut references = Vec::new();
    for (file, text) in files {
        let module = module_of(file);
        let Some(&layer) = layer_of.get(module.as_str()) else {
            errors.push(format!(
                "src/{file}: module `{module}` is not in the layer order: add it to the layer table at the top of src/lib.rs (and to ARCHITECTURE.md)"
            ));
            continue;
        };
        for reference in references_in(file, text, &modules) {
            if let Some(&target_layer) = layer_of.get(reference.target.as_str()) {
                if target_layer >= layer {
                    let place = if target_layer == layer {
                        "its own layer"
                    } else {
                        "a layer above"
                    };
                    errors.push(format!(
                        "src/{}:{}: `{}` goes from {module} (layer {layer}) to {} (layer {target_layer}), {place}: a module may use only layers below its own",
                        reference.file, reference.line, reference.path, reference.target
                    ));
                }
            }
            references.push(reference);
        }
    }
    errors.extend(cycles(&references).into_iter().map(|cycle| {
        let steps: Vec<String> = cycle
            .steps
            .iter()
            .map(|r| format!("src/{}:{} `{}`", r.file, r.line, r.path))
            .collect();
        let mut ring: Vec<String> = cycle.steps.iter().map(|r| module_of(&r.file)).collect();
        ring.push(ring[0].clone());
        let group = if cycle.members.len() + 1 > ring.len() {
            format!(" ({} all reach each other)", cycle.members.join(", "))
        } else {
            String::new()
        };
        format!(
            "import cycle {}{group}: {}",
            ring.join(" → "),
            steps.join(", ")
        )
    }));
    Report {
        errors,
        references: references.len(),
    }
}

/// The top-level module a file belongs to: `x.rs`, `x/y.rs` and `x/mod.rs`
/// are `x`; `lib.rs` is `lib`, `main.rs` is `main`.
fn module_of(file: &str) -> String {
    let first = file.split('/').next().unwrap_or(file);
    first.strip_suffix(".rs").unwrap_or(first).to_string()
}

/// The module path of a file within its crate: `meta/years.rs` is
/// `meta::years`, `meta/mod.rs` and `meta.rs` are `meta`, a crate root
/// (`lib.rs`, `main.rs`) is empty.
fn module_path(file: &str) -> Vec<String> {
    if file == "lib.rs" || file == "main.rs" {
        return Vec::new();
    }
    let mut path: Vec<String> = file
        .trim_end_matches(".rs")
        .split('/')
        .map(str::to_string)
        .collect();
    if path.last().is_some_and(|p| p == "mod") {
        path.pop();
    }
    path
}

/// Every path in `text` (the file `file`) that reaches another top-level
/// module. `modules` are the top-level modules, to tell `crate::text` (a
/// module) from `crate::parse` (an item of the crate root, `lib`).
fn references_in(file: &str, text: &str, modules: &BTreeSet<String>) -> Vec<Reference> {
    let own = module_of(file);
    // `crate` in the binary's files is the binary itself.
    let root = if own == "main" { "main" } else { "lib" };
    let file_path = module_path(file);
    let tokens = tokens(&blank_comments_and_literals(text));
    let mut found = Vec::new();
    // Inline modules (`mod tests { … }`) open at a brace depth.
    let mut inline: Vec<(String, usize)> = Vec::new();
    let mut depth = 0usize;
    let mut k = 0;
    while k < tokens.len() {
        let (line, token) = (tokens[k].0, tokens[k].1.as_str());
        match token {
            "{" => {
                if k >= 2 && tokens[k - 2].1 == "mod" && is_ident(&tokens[k - 1].1) {
                    inline.push((tokens[k - 1].1.clone(), depth));
                }
                depth += 1;
            }
            "}" => {
                depth = depth.saturating_sub(1);
                if inline.last().is_some_and(|&(_, d)| d == depth) {
                    inline.pop();
                }
            }
            "crate" | "super" if tokens.get(k + 1).is_some_and(|t| t.1 == "::") => {
                let after_sep = k > 0 && tokens[k - 1].1 == "::";
                if after_sep {
                    k += 1;
                    continue;
                }
                // Where the path starts: the crate root or an ancestor.
                let mut base: Option<Vec<String>> = Some(Vec::new());
                let mut j = k;
                let mut written = String::new();
                if token == "super" {
                    let mut here: Vec<String> = file_path.clone();
                    here.extend(inline.iter().map(|(name, _)| name.clone()));
                    while tokens.get(j).is_some_and(|t| t.1 == "super")
                        && tokens.get(j + 1).is_some_and(|t| t.1 == "::")
                    {
                        written.push_str("super::");
                        base = base.and_then(|_| here.pop().map(|_| here.clone()));
                        j += 2;
                    }
                } else {
                    written.push_str("crate::");
                    j += 2;
                }
                let Some(base) = base else {
                    k = j;
                    continue;
                };
                // The first segments after the prefix: one, or a `{…}` group.
                let mut heads: Vec<(String, String)> = Vec::new();
                if tokens.get(j).is_some_and(|t| t.1 == "{") {
                    for head in group_heads(&tokens, j) {
                        let path = format!("{written}{head}");
                        heads.push((head, path));
                    }
                } else {
                    let mut path = written.clone();
                    let mut m = j;
                    while let Some(t) = tokens.get(m).filter(|t| is_ident(&t.1)) {
                        path.push_str(&t.1);
                        if tokens.get(m + 1).is_some_and(|t| t.1 == "::")
                            && tokens.get(m + 2).is_some_and(|t| is_ident(&t.1))
                        {
                            path.push_str("::");
                            m += 2;
                        } else {
                            break;
                        }
                    }
                    let head = tokens.get(j).map_or(String::new(), |t| t.1.clone());
                    heads.push((head, path));
                }
                for (head, path) in heads {
                    let target = match base.first() {
                        Some(top) => top.clone(),
                        None if modules.contains(&head) && head != "lib" && head != "main" => head,
                        None => root.to_string(),
                    };
                    if target != own {
                        found.push(Reference {
                            file: file.to_string(),
                            line,
                            path,
                            target,
                        });
                    }
                }
                k = j;
                continue;
            }
            _ => {}
        }
        k += 1;
    }
    found
}

/// The first segment of each item of the `{…}` group opening at token `open`:
/// `{a::b, c, d::{e, f}}` → a, c, d.
fn group_heads(tokens: &[(usize, String)], open: usize) -> Vec<String> {
    let mut heads = Vec::new();
    let mut depth = 0;
    let mut item_start = true;
    for (_, token) in &tokens[open..] {
        match token.as_str() {
            "{" => {
                depth += 1;
                item_start = depth == 1;
            }
            "}" => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            "," if depth == 1 => item_start = true,
            t if item_start && depth == 1 && is_ident(t) => {
                if t != "self" {
                    heads.push(t.to_string());
                }
                item_start = false;
            }
            _ => item_start = false,
        }
    }
    heads
}

fn is_ident(token: &str) -> bool {
    token
        .chars()
        .next()
        .is_some_and(|c| c == '_' || c.is_alphabetic())
}

/// Identifiers, `::` and single punctuation characters, with their line
/// numbers (from 1).
fn tokens(code: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '_' || c.is_alphanumeric() {
            let start = i;
            while i < chars.len() && (chars[i] == '_' || chars[i].is_alphanumeric()) {
                i += 1;
            }
            out.push((line, chars[start..i].iter().collect()));
        } else if c == ':' && chars.get(i + 1) == Some(&':') {
            out.push((line, "::".to_string()));
            i += 2;
        } else {
            out.push((line, c.to_string()));
            i += 1;
        }
    }
    out
}

/// `code` with every comment (line, block, doc) and every string and char
/// literal turned into spaces; line breaks stay, so line numbers do too.
fn blank_comments_and_literals(code: &str) -> String {
    let chars: Vec<char> = code.chars().collect();
    let mut out: Vec<char> = chars.clone();
    let blank = |out: &mut Vec<char>, from: usize, to: usize| {
        for c in &mut out[from..to] {
            if *c != '\n' {
                *c = ' ';
            }
        }
    };
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '/' && at(i + 1) == '/' {
            let start = i;
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            blank(&mut out, start, i);
        } else if c == '/' && at(i + 1) == '*' {
            // Block comments nest.
            let start = i;
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
            blank(&mut out, start, i);
        } else if c == '"' {
            let start = i;
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            blank(&mut out, start, i.min(chars.len()));
        } else if c == '\'' {
            // A char literal ('x', '\n', '\u{3000}'), or a lifetime or label.
            let end = if at(i + 1) == '\\' {
                // Past the escaped character, which may be a quote.
                let mut j = i + 3;
                while j < chars.len() && chars[j] != '\'' && chars[j] != '\n' {
                    j += 1;
                }
                Some(j + 1)
            } else if at(i + 2) == '\'' {
                Some(i + 3)
            } else {
                None
            };
            match end {
                Some(end) => {
                    blank(&mut out, i, end.min(chars.len()));
                    i = end;
                }
                None => i += 1,
            }
        } else if c == '_' || c.is_alphanumeric() {
            let start = i;
            while i < chars.len() && (chars[i] == '_' || chars[i].is_alphanumeric()) {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            // A raw string: r"…", r#"…"#, br"…".
            if matches!(word.as_str(), "r" | "br" | "cr") && matches!(at(i), '"' | '#') {
                let mut hashes = 0;
                let mut j = i;
                while at(j) == '#' {
                    hashes += 1;
                    j += 1;
                }
                if at(j) == '"' {
                    j += 1;
                    loop {
                        if j >= chars.len() {
                            break;
                        }
                        if chars[j] == '"' && (1..=hashes).all(|h| at(j + h) == '#') {
                            j += 1 + hashes;
                            break;
                        }
                        j += 1;
                    }
                    blank(&mut out, start, j.min(chars.len()));
                    i = j;
                }
            }
        } else {
            i += 1;
        }
    }
    out.into_iter().collect()
}

/// A group of modules that reach each other through their imports.
struct Cycle {
    /// Every module of the group.
    members: Vec<String>,
    /// One shortest way round from the first member back to it, one
    /// reference per step.
    steps: Vec<Reference>,
}

/// The import cycles between top-level modules: one per group of modules
/// that reach each other.
fn cycles(references: &[Reference]) -> Vec<Cycle> {
    // One witness per edge: the first reference from one module to another.
    let mut edges: BTreeMap<(String, String), &Reference> = BTreeMap::new();
    for r in references {
        edges
            .entry((module_of(&r.file), r.target.clone()))
            .or_insert(r);
    }
    let mut next: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (from, to) in edges.keys() {
        next.entry(from).or_default().push(to);
    }
    // The shortest way from `from` to `to` (one step at least), both ends
    // included: breadth first.
    let shortest = |from: &str, to: &str| -> Option<Vec<String>> {
        let mut before: BTreeMap<&str, &str> = BTreeMap::new();
        let mut queue = std::collections::VecDeque::from([from]);
        while let Some(m) = queue.pop_front() {
            for &n in next.get(m).map_or(&[][..], Vec::as_slice) {
                if n == to {
                    let mut way = vec![to.to_string(), m.to_string()];
                    let mut at = m;
                    while at != from {
                        at = before[at];
                        way.push(at.to_string());
                    }
                    way.reverse();
                    return Some(way);
                }
                if n != from && !before.contains_key(n) {
                    before.insert(n, m);
                    queue.push_back(n);
                }
            }
        }
        None
    };
    let mut placed: BTreeSet<&str> = BTreeSet::new();
    let mut found = Vec::new();
    for &module in next.keys() {
        if placed.contains(module) {
            continue;
        }
        let Some(ring) = shortest(module, module) else {
            continue;
        };
        let members: Vec<&str> = next
            .keys()
            .copied()
            .filter(|&m| {
                m == module || shortest(module, m).is_some() && shortest(m, module).is_some()
            })
            .collect();
        placed.extend(&members);
        found.push(Cycle {
            members: members.iter().map(|m| m.to_string()).collect(),
            steps: ring
                .windows(2)
                .map(|w| edges[&(w[0].clone(), w[1].clone())].clone())
                .collect(),
        });
    }
    found
}

// ---------------------------------------------------------------------------
// The checker on fixtures, so that it cannot pass by reading nothing
// ---------------------------------------------------------------------------

fn fixture(files: &[(&str, &str)]) -> Vec<(String, String)> {
    files
        .iter()
        .map(|(f, t)| (f.to_string(), t.to_string()))
        .collect()
}

fn layers(rows: &[&[&str]]) -> Vec<Vec<String>> {
    rows.iter()
        .map(|r| r.iter().map(|m| m.to_string()).collect())
        .collect()
}

fn modules(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|m| m.to_string()).collect()
}

#[test]
fn checker_should_flag_an_upward_import() {
    let files = fixture(&[
        ("lib.rs", "mod low;\nmod high;\n"),
        (
            "low.rs",
            "use crate::text::Source;\n\nfn f() {\n    crate::high::run();\n}\n",
        ),
        ("high.rs", "use crate::low::helper;\n"),
        ("text.rs", ""),
    ]);
    let report = check(&files, &layers(&[&["text"], &["low"], &["high"], &["lib"]]));
    assert_eq!(
        report.errors.len(),
        2,
        "should flag the upward path and the cycle: {:?}",
        report.errors
    );
    assert!(
        report.errors[0].starts_with(
            "src/low.rs:4: `crate::high::run` goes from low (layer 1) to high (layer 2)"
        ),
        "should name the file, the line and the path: {}",
        report.errors[0]
    );
    assert!(
        report.errors[1].starts_with("import cycle high → low → high"),
        "should name the cycle: {}",
        report.errors[1]
    );
}

#[test]
fn checker_should_flag_an_import_within_a_layer() {
    let files = fixture(&[("a.rs", "use crate::b::X;\n"), ("b.rs", ""), ("lib.rs", "")]);
    let report = check(&files, &layers(&[&["a", "b"], &["lib"]]));
    assert_eq!(report.errors.len(), 1, "{:?}", report.errors);
    assert!(
        report.errors[0].contains("its own layer"),
        "{}",
        report.errors[0]
    );
}

#[test]
fn checker_should_pass_downward_imports() {
    let files = fixture(&[
        ("a.rs", ""),
        ("b.rs", "use crate::a::X;\n"),
        (
            "lib.rs",
            "mod a;\nmod b;\npub use b::*;\nfn f() { crate::b::g(); }\n",
        ),
        ("wasm.rs", "use crate::{parse, Options};\n"),
    ]);
    let report = check(&files, &layers(&[&["a"], &["b"], &["lib"], &["wasm"]]));
    assert_eq!(report.errors, Vec::<String>::new());
    assert_eq!(
        report.references, 4,
        "should read b → a, lib → b and wasm → lib twice"
    );
}

#[test]
fn checker_should_ignore_comments_and_literals() {
    let text = r####"
//! See [`crate::high`].
/// Uses [`crate::high::X`] in its doc.
// use crate::high;
/* crate::high /* nested crate::high */ crate::high */
fn f() -> &'static str {
    let quote = '"';
    let apostrophe = '\'';
    let _ = "crate::high::Y \" crate::high";
    let _ = r#"crate::high "quoted" crate::high"#;
    let _: &[u8] = b"crate::high";
    'outer: loop { break 'outer; }
    crate::text::fold(quote)
}
"####;
    let found = references_in("low.rs", text, &modules(&["low", "high", "text"]));
    let paths: Vec<(usize, &str)> = found.iter().map(|r| (r.line, r.path.as_str())).collect();
    assert_eq!(
        paths,
        [(13, "crate::text::fold")],
        "should read only the path in code, on its line"
    );
}

#[test]
fn checker_should_resolve_super() {
    let all = modules(&["meta", "text", "lib"]);
    let in_folder = "use super::words::X;\nuse super::super::text::Source;\nmod tests {\n    use super::*;\n    use super::super::date::Y;\n}\n";
    let found = references_in("meta/years.rs", in_folder, &all);
    assert_eq!(
        found
            .iter()
            .map(|r| (r.line, r.target.as_str()))
            .collect::<Vec<_>>(),
        [(2, "text")],
        "super:: in meta/years.rs is meta (internal), super::super:: the crate root"
    );
    let top = "use super::text::Source;\nmod tests {\n    use super::*;\n    mod inner { use super::super::Thing; }\n}\nfn f() { super::parse(); }\n";
    let found = references_in("meta.rs", top, &all);
    assert_eq!(
        found
            .iter()
            .map(|r| (r.line, r.path.as_str(), r.target.as_str()))
            .collect::<Vec<_>>(),
        [
            (1, "super::text::Source", "text"),
            (6, "super::parse", "lib")
        ],
        "super:: at the top of meta.rs is the crate root, inside its inline modules meta"
    );
    let in_mod_rs = references_in("meta/mod.rs", "use super::text::Source;\n", &all);
    assert_eq!(
        in_mod_rs.len(),
        1,
        "super:: in meta/mod.rs is the crate root"
    );
    assert_eq!(in_mod_rs[0].target, "text");
}

#[test]
fn checker_should_read_grouped_paths() {
    let found = references_in(
        "indicator.rs",
        "use crate::{\n    block::Layout,\n    quantity::{self, Reading},\n    Document,\n};\n",
        &modules(&["indicator", "block", "quantity", "lib"]),
    );
    assert_eq!(
        found
            .iter()
            .map(|r| (r.path.as_str(), r.target.as_str()))
            .collect::<Vec<_>>(),
        [
            ("crate::block", "block"),
            ("crate::quantity", "quantity"),
            ("crate::Document", "lib")
        ]
    );
}

#[test]
fn checker_should_flag_a_module_missing_from_the_table() {
    let files = fixture(&[("a.rs", ""), ("extra/mod.rs", ""), ("lib.rs", "")]);
    let report = check(&files, &layers(&[&["a", "gone"], &["lib"]]));
    assert_eq!(report.errors.len(), 2, "{:?}", report.errors);
    assert!(
        report.errors[0].contains("`gone`, which has no file in src/"),
        "{}",
        report.errors[0]
    );
    assert!(
        report.errors[1].starts_with(
            "src/extra/mod.rs: module `extra` is not in the layer order: add it to the layer table"
        ),
        "{}",
        report.errors[1]
    );
}

#[test]
fn checker_should_find_every_cycle_once() {
    let reference = |file: &str, target: &str| Reference {
        file: file.into(),
        line: 1,
        path: format!("crate::{target}"),
        target: target.into(),
    };
    let found = cycles(&[
        reference("a.rs", "b"),
        reference("b.rs", "a"),
        reference("b.rs", "c"),
        reference("c.rs", "a"),
        reference("c.rs", "d"),
        reference("x.rs", "y"),
        reference("y/z.rs", "x"),
    ]);
    let rings: Vec<Vec<String>> = found
        .iter()
        .map(|c| c.steps.iter().map(|r| module_of(&r.file)).collect())
        .collect();
    assert_eq!(
        rings,
        [vec!["a", "b"], vec!["x", "y"]],
        "should go the shortest way round each group, once"
    );
    let members: Vec<&[String]> = found.iter().map(|c| c.members.as_slice()).collect();
    assert_eq!(
        members,
        [&["a", "b", "c"][..], &["x", "y"][..]],
        "should name the whole group, without d"
    );
}

#[test]
fn layer_table_should_read_the_lib_doc() {
    let doc = "//! # Architecture\n//!\n//! | layer | stage | modules |\n//! | --- | --- | --- |\n//! | 0 | types | [`document`], [`sort`] |\n//! | 1 | [`parse`] | `lib` |\n#![forbid(unsafe_code)]\n";
    assert_eq!(
        layer_table(doc),
        Ok(layers(&[&["document", "sort"], &["lib"]]))
    );
    let skipped = "//! | 0 | a | `a` |\n//! | 2 | b | `b` |\n";
    assert!(
        layer_table(skipped).is_err(),
        "should refuse a gap in the numbering"
    );
    assert!(
        layer_table("//! no table\n").is_err(),
        "should refuse a missing table"
    );
}
