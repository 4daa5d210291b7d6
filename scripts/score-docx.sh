#!/usr/bin/env bash
# Score the .docx reports in tests/fixtures/real against their gold, beside
# the .txt they came with: `gongwen extract` writes each NAME.docx's text to
# a temp dir as NAME.txt, and a wrapper runs `gongwen parse NAME.docx` for it
# (so the .docx's bold and heading hints are used). The extracted text has
# the same lines as the .txt, so the gold's line numbers hold.
set -euo pipefail
cd "$(dirname "$0")/.."
real="${REAL:-tests/fixtures/real}"
score="${SCORE:-tests/fixtures/score.py}"
cargo build --release --quiet --bin gongwen
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/txt" "$tmp/docx"
for docx in "$real"/*.docx; do
  name=$(basename "$docx" .docx)
  cp "$real/$name.txt" "$tmp/txt/"
  target/release/gongwen extract "$docx" > "$tmp/docx/$name.txt"
  cmp -s "$tmp/docx/$name.txt" "$real/$name.txt" || echo "note: $name.docx extracts to a text that differs from $name.txt" >&2
done
# Parse the .docx itself (hints and all) for the extracted NAME.txt.
cat > "$tmp/parse-docx" <<WRAP
#!/bin/sh
exec "$PWD/target/release/gongwen" parse "$PWD/$real/\$(basename "\$1" .txt).docx"
WRAP
chmod +x "$tmp/parse-docx"
printf '%-6s ' .txt;  python3 "$score" "$tmp/txt" "$real/gold" | tail -n 1
printf '%-6s ' .docx; python3 "$score" --cmd "$tmp/parse-docx" "$tmp/docx" "$real/gold" | tail -n 1
