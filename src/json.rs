//! The [`Document`] as compact JSON, written by hand: the same bytes as
//! `serde_json::to_string`, for the WebAssembly `parseJson` and the CLI's
//! `--compact`.
//!
//! ```text
//! {"schemaVersion":1,"meta":{"title":"…",…},"outline":[…],"indicators":[…],
//!  "quantities":[{"text":"801.05亿元","value":80105000000.0,"unit":"元",…}],…}
//! ```
//!
//! Why not serde: in WebAssembly, serde_json's writer copies every key and
//! punctuation mark with a call of its own, a tenth of a parse (measured by
//! `npm run bench:profile`); here each goes into one `String` with
//! `push_str`. The derives stay for the Rust API and the pretty JSON; the
//! fields, their order and the escapes follow them exactly, and a test holds
//! the two outputs equal on every fixture and on generated documents
//! (`tests/json.rs`).
//!
//! - Keys are the camelCase field names, in declaration order; every field
//!   is written, `null` when absent.
//! - Strings escape `"`, `\` and the controls below U+0020 (`\b \t \n \f \r`,
//!   else `\u00XX` in lower-case hex), nothing else.
//! - Numbers: integers in decimal; floats in the shortest form that reads
//!   back (zmij, as serde_json: `80105000000.0`, `-0.4`, `1e21`); a float
//!   that is not finite is `null`.

use crate::document::{
    Document, GlossaryEntry, Heading, Indicator, Meta, Quantity, Span, Warning,
};

/// The document as compact JSON (schema v1).
pub fn document(document: &Document) -> String {
    // About the size of the text it came from: one allocation in most cases.
    let mut out = Json(String::with_capacity(
        256 + document.quantities.len() * 120 + document.indicators.len() * 300,
    ));
    out.raw("{\"schemaVersion\":");
    out.int(document.schema_version);
    out.raw(",\"meta\":");
    out.meta(&document.meta);
    out.raw(",\"outline\":");
    out.list(&document.outline, Json::heading);
    out.raw(",\"indicators\":");
    out.list(&document.indicators, Json::indicator);
    out.raw(",\"quantities\":");
    out.list(&document.quantities, Json::quantity);
    out.raw(",\"glossary\":");
    out.list(&document.glossary, Json::glossary_entry);
    out.raw(",\"warnings\":");
    out.list(&document.warnings, Json::warning);
    out.raw("}");
    out.0
}

/// The JSON written so far.
struct Json(String);

impl Json {
    fn raw(&mut self, s: &str) {
        self.0.push_str(s);
    }

    fn int(&mut self, n: impl Into<i64>) {
        let n: i64 = n.into();
        let mut digits = [0u8; 20];
        let mut k = digits.len();
        let mut rest = n.unsigned_abs();
        loop {
            k -= 1;
            digits[k] = b'0' + (rest % 10) as u8;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        if n < 0 {
            self.0.push('-');
        }
        // (ASCII digits only)
        self.0.push_str(std::str::from_utf8(&digits[k..]).unwrap_or_default());
    }

    fn float(&mut self, x: f64) {
        if x.is_finite() {
            self.0.push_str(zmij::Buffer::new().format_finite(x));
        } else {
            self.0.push_str("null");
        }
    }

    fn bool(&mut self, b: bool) {
        self.0.push_str(if b { "true" } else { "false" });
    }

    /// A JSON string: runs without escapes copied whole.
    fn string(&mut self, s: &str) {
        self.0.push('"');
        let bytes = s.as_bytes();
        let mut run = 0;
        for (i, &b) in bytes.iter().enumerate() {
            let escape = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                0x08 => "\\b",
                b'\t' => "\\t",
                b'\n' => "\\n",
                0x0C => "\\f",
                b'\r' => "\\r",
                0..=0x1F => "",
                _ => continue,
            };
            // (`i` is at an ASCII byte: a char boundary)
            self.0.push_str(&s[run..i]);
            if escape.is_empty() {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                self.0.push_str("\\u00");
                self.0.push(char::from(HEX[usize::from(b >> 4)]));
                self.0.push(char::from(HEX[usize::from(b & 0xF)]));
            } else {
                self.0.push_str(escape);
            }
            run = i + 1;
        }
        self.0.push_str(&s[run..]);
        self.0.push('"');
    }

    fn option<T>(&mut self, value: Option<T>, write: impl FnOnce(&mut Self, T)) {
        match value {
            Some(v) => write(self, v),
            None => self.0.push_str("null"),
        }
    }

    fn opt_string(&mut self, value: &Option<String>) {
        self.option(value.as_deref(), Json::string);
    }

    fn opt_int(&mut self, value: Option<i32>) {
        self.option(value, |json, n| json.int(n));
    }

    fn opt_float(&mut self, value: Option<f64>) {
        self.option(value, Json::float);
    }

    fn list<T>(&mut self, items: &[T], write: fn(&mut Self, &T)) {
        self.0.push('[');
        for (k, item) in items.iter().enumerate() {
            if k > 0 {
                self.0.push(',');
            }
            write(self, item);
        }
        self.0.push(']');
    }

    fn span(&mut self, span: Span) {
        self.raw("{\"start\":");
        self.int(span.start);
        self.raw(",\"end\":");
        self.int(span.end);
        self.raw("}");
    }

    fn meta(&mut self, meta: &Meta) {
        self.raw("{\"title\":");
        self.opt_string(&meta.title);
        self.raw(",\"region\":");
        self.opt_string(&meta.region);
        self.raw(",\"issuer\":");
        self.opt_string(&meta.issuer);
        self.raw(",\"source\":");
        self.opt_string(&meta.source);
        self.raw(",\"publishDate\":");
        self.opt_string(&meta.publish_date);
        self.raw(",\"meeting\":");
        self.opt_string(&meta.meeting);
        self.raw(",\"yearReviewed\":");
        self.opt_int(meta.year_reviewed);
        self.raw(",\"yearPlanned\":");
        self.opt_int(meta.year_planned);
        self.raw(",\"docType\":");
        self.string(meta.doc_type.as_str());
        self.raw(",\"status\":");
        self.opt_string(&meta.status);
        self.raw(",\"titleSpan\":");
        self.option(meta.title_span, Json::span);
        self.raw("}");
    }

    fn heading(&mut self, heading: &Heading) {
        self.raw("{\"level\":");
        self.int(heading.level);
        self.raw(",\"marker\":");
        self.string(&heading.marker);
        self.raw(",\"title\":");
        self.string(&heading.title);
        self.raw(",\"kind\":");
        self.string(heading.kind.as_str());
        self.raw(",\"span\":");
        self.span(heading.span);
        self.raw(",\"section\":");
        self.span(heading.section);
        self.raw(",\"children\":");
        self.list(&heading.children, Json::heading);
        self.raw("}");
    }

    fn indicator(&mut self, indicator: &Indicator) {
        self.raw("{\"key\":");
        self.opt_string(&indicator.key);
        self.raw(",\"name\":");
        self.string(&indicator.name);
        self.raw(",\"role\":");
        self.string(indicator.role.as_str());
        self.raw(",\"year\":");
        self.opt_int(indicator.year);
        self.raw(",\"measure\":");
        self.string(indicator.measure.as_str());
        self.raw(",\"value\":");
        self.opt_float(indicator.value);
        self.raw(",\"upper\":");
        self.opt_float(indicator.upper);
        self.raw(",\"unit\":");
        self.opt_string(&indicator.unit);
        self.raw(",\"direction\":");
        self.option(indicator.direction, |json, d| json.string(d.as_str()));
        self.raw(",\"qualifier\":");
        self.opt_string(&indicator.qualifier);
        self.raw(",\"kind\":");
        self.option(indicator.kind, |json, k| json.string(k.as_str()));
        self.raw(",\"estimated\":");
        self.bool(indicator.estimated);
        self.raw(",\"text\":");
        self.string(&indicator.text);
        self.raw(",\"span\":");
        self.span(indicator.span);
        self.raw("}");
    }

    fn quantity(&mut self, quantity: &Quantity) {
        self.raw("{\"text\":");
        self.string(&quantity.text);
        self.raw(",\"value\":");
        self.float(quantity.value);
        self.raw(",\"unit\":");
        self.string(&quantity.unit);
        self.raw(",\"kind\":");
        self.string(quantity.kind.as_str());
        self.raw(",\"approx\":");
        self.opt_string(&quantity.approx);
        self.raw(",\"span\":");
        self.span(quantity.span);
        self.raw("}");
    }

    fn glossary_entry(&mut self, entry: &GlossaryEntry) {
        self.raw("{\"number\":");
        self.option(entry.number, |json, n| json.int(n));
        self.raw(",\"term\":");
        self.string(&entry.term);
        self.raw(",\"definition\":");
        self.string(&entry.definition);
        self.raw(",\"span\":");
        self.span(entry.span);
        self.raw("}");
    }

    fn warning(&mut self, warning: &Warning) {
        self.raw("{\"code\":");
        self.string(&warning.code);
        self.raw(",\"message\":");
        self.string(&warning.message);
        self.raw(",\"span\":");
        self.option(warning.span, Json::span);
        self.raw("}");
    }
}
