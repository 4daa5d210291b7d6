//! Parse one file many times, for a profiler:
//! `cargo run --release --example profile FILE [N] [--no-meta]`
//! (`--no-meta` skips the metadata, to time the other stages).
fn main() {
    let (flags, mut args): (Vec<String>, Vec<String>) =
        std::env::args().skip(1).partition(|a| a.starts_with("--"));
    args.reverse();
    let path = args.pop().expect("usage: profile FILE [N] [--no-meta]");
    let n: usize = args.pop().and_then(|s| s.parse().ok()).unwrap_or(200);
    let text = std::fs::read_to_string(path).expect("read the file");
    let mut options = gongwen::Options::default();
    options.meta = !flags.iter().any(|f| f == "--no-meta");
    let started = std::time::Instant::now();
    for _ in 0..n {
        std::hint::black_box(gongwen::parse(std::hint::black_box(&text), &options));
    }
    println!(
        "{:.3} ms/parse",
        started.elapsed().as_secs_f64() * 1e3 / n as f64
    );
}
