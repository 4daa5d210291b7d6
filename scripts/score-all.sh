#!/usr/bin/env bash
# Score the release CLI on the seeds and on every re-encoding of them
# (scripts/variants.py): one TOTAL line per variant.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${SHARED:-tests/fixtures}"
cargo build --release --quiet --bin gongwen
out=target/variants
rm -rf "$out"
python3 scripts/variants.py "$shared/seeds" "$shared/gold" "$out" >/dev/null
printf '%-10s ' seeds; python3 "$shared/score.py" "$shared/seeds" "$shared/gold" | tail -n 1
for v in crlf fullwidth gb18030 wrapped pdf flat flatspace; do
  printf '%-10s ' "$v"; python3 "$shared/score.py" "$out/$v/seeds" "$out/$v/gold" | tail -n 1
done
