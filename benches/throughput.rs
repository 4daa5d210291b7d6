//! Throughput of `gongwen::parse`: MB/s on each seed report, on a 10 MB
//! input, and the time per MB at 1, 4 and 16 MB (flat = linear time); then
//! degenerate shapes (one endless sentence, thousands of colons, list items
//! or table rows) at 256 KB and 1 MB: their ms/MB must stay flat too.
//!
//! ```text
//! cargo bench --bench throughput
//! cargo bench --bench throughput -- --record    (also into bench/results.json, for the docs)
//! ```

use std::hint::black_box;
use std::time::{Duration, Instant};

use gongwen::{parse, Options};

/// Run `f` until at least `budget` has passed (and at least 3 times); the
/// best time per run.
fn best_time(budget: Duration, mut f: impl FnMut()) -> Duration {
    let mut best = Duration::MAX;
    let started = Instant::now();
    let mut runs = 0;
    while runs < 3 || started.elapsed() < budget {
        let t = Instant::now();
        f();
        best = best.min(t.elapsed());
        runs += 1;
    }
    best
}

fn mb_per_s(bytes: usize, time: Duration) -> f64 {
    bytes as f64 / 1e6 / time.as_secs_f64()
}

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seeds");
    let mut seeds: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("the seeds are in tests/fixtures/seeds")
        .filter_map(|e| e.ok())
        .map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(e.path()).unwrap_or_default())
        })
        .collect();
    seeds.sort();
    let options = Options::default();
    let record = std::env::args().any(|a| a == "--record");
    let mut recorded_seeds = Vec::new();
    let mut recorded_sizes = Vec::new();

    println!(
        "{:<28} {:>9} {:>8} {:>10} {:>9}",
        "input", "bytes", "chars", "ms/parse", "MB/s"
    );
    for (name, text) in &seeds {
        let time = best_time(Duration::from_millis(500), || {
            black_box(parse(black_box(text), &options));
        });
        println!(
            "{:<28} {:>9} {:>8} {:>10.3} {:>9.1}",
            name,
            text.len(),
            text.chars().count(),
            time.as_secs_f64() * 1e3,
            mb_per_s(text.len(), time)
        );
        recorded_seeds.push(serde_json::json!({ "name": name, "mbPerSec": mb_per_s(text.len(), time) }));
    }

    let all: String = seeds
        .iter()
        .map(|(_, t)| t.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    let sized = |bytes: usize| {
        let mut text = String::with_capacity(bytes + all.len());
        while text.len() < bytes {
            text.push_str(&all);
            text.push_str("\n\n");
        }
        text
    };
    for (label, bytes) in [
        ("1 MB", 1 << 20),
        ("4 MB", 4 << 20),
        ("10 MB", 10 << 20),
        ("16 MB", 16 << 20),
    ] {
        let text = sized(bytes);
        let time = best_time(Duration::from_secs(2), || {
            black_box(parse(black_box(&text), &options));
        });
        println!(
            "{:<28} {:>9} {:>8} {:>10.3} {:>9.1}   {:.2} ms/MB",
            label,
            text.len(),
            text.chars().count(),
            time.as_secs_f64() * 1e3,
            mb_per_s(text.len(), time),
            time.as_secs_f64() * 1e3 / (text.len() as f64 / 1e6)
        );
        recorded_sizes.push(serde_json::json!({ "label": label, "mbPerSec": mb_per_s(text.len(), time) }));
    }

    // Degenerate shapes: a quadratic step would show as ms/MB growing 4x.
    for (label, unit) in DEGENERATE {
        let mut per_mb = Vec::new();
        for bytes in [256 << 10, 1 << 20] {
            let text = unit.repeat(bytes / unit.len() + 1);
            let time = best_time(Duration::from_millis(500), || {
                black_box(parse(black_box(&text), &options));
            });
            per_mb.push(time.as_secs_f64() * 1e3 / (text.len() as f64 / 1e6));
        }
        println!(
            "{:<28} {:>9} {:>8} {:>10} {:>9}   {:.2} → {:.2} ms/MB",
            label, "", "", "", "", per_mb[0], per_mb[1]
        );
    }

    if record {
        let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
        record_results(serde_json::json!({
            "date": today(),
            "machine": format!("{cores} cores, release build"),
            "seeds": recorded_seeds,
            "sizes": recorded_sizes,
        }));
    }
}

/// Put `native` into bench/results.json, keeping what other benchmarks wrote.
fn record_results(native: serde_json::Value) {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/bench/results.json");
    let mut all: serde_json::Value = std::fs::read_to_string(path)
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_else(|| serde_json::json!({}));
    all["native"] = native;
    let text = serde_json::to_string_pretty(&all).expect("JSON") + "\n";
    std::fs::write(path, text).expect("write bench/results.json");
    println!("recorded in bench/results.json; `npm run figures` puts it into the README");
}

/// Today's date (UTC) as YYYY-MM-DD, from the system clock.
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let z = (secs / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// Inputs that once took quadratic time, or could.
const DEGENERATE: &[(&str, &str)] = &[
    ("endless sentence", "地区生产总值增长5%，"),
    ("colons", "目标："),
    ("clauses", "地区生产总值增长5%；"),
    ("list items", "——地区生产总值增长5%；\n"),
    ("table rows", "地区生产总值  亿元  486.32  10.6  10左右\n"),
    ("brackets", "[（【"),
    ("markers", "1.一、（一）"),
    ("no breaks", "发展改革局关于"),
];
