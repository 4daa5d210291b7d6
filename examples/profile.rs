//! Parse one file many times, for a profiler: `cargo run --release --example profile FILE [N]`.
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: profile FILE [N]");
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(200);
    let text = std::fs::read_to_string(path).expect("read the file");
    let options = gongwen::Options::default();
    let started = std::time::Instant::now();
    for _ in 0..n {
        std::hint::black_box(gongwen::parse(std::hint::black_box(&text), &options));
    }
    println!(
        "{:.3} ms/parse",
        started.elapsed().as_secs_f64() * 1e3 / n as f64
    );
}
