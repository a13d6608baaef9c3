#!/usr/bin/env bash
# Article-extraction benchmark: runs `crosscheck extract` over the shared benchmark pages and scores the
# output with the benchmark's own metric. The data stays in ../shared (beside the repository); nothing is copied.
# Usage: bench/extraction/run.sh [--no-build]    (from anywhere; paths are relative to the repository root)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH="${CROSSCHECK_EXTRACTION_BENCH:-$ROOT/../shared/bench/article-extraction}"
OUT="${CROSSCHECK_BENCH_OUT:-$ROOT/bench/extraction/out}"
mkdir -p "$OUT"

# shellcheck source=../lib/extract.sh
source "$ROOT/bench/lib/extract.sh"
crosscheck_build "$ROOT" "${1:-}"
crosscheck_extract "$BENCH/html" "$OUT"

python3 - "$OUT/extracted.jsonl" "$OUT/predictions.json" "$EXTRACT_START" "$EXTRACT_END" <<'PY'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1], encoding='utf8') if line.strip()]
json.dump({r['id']: r['text'] or '' for r in rows}, open(sys.argv[2], 'w', encoding='utf8'), ensure_ascii=False)
seconds = float(sys.argv[4]) - float(sys.argv[3])
dated = sum(1 for r in rows if r.get('published'))
timed = sum(1 for r in rows if r.get('published') and 'T' in r['published'])
print(f"pages: {len(rows)}  seconds: {seconds:.1f}  pages/s (incl. process start): {len(rows) / seconds:.1f}")
print(f"publication date found: {dated}/{len(rows)} ({dated / max(1, len(rows)):.1%}), with time of day: {timed}")
PY
python3 "$BENCH/score_extraction.py" "$OUT/predictions.json" --per-page "$OUT/per-page.tsv"
if [[ -s "$OUT/errors.txt" ]]; then echo "errors:"; cat "$OUT/errors.txt"; fi
