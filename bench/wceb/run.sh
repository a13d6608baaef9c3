#!/usr/bin/env bash
# WCEB benchmark (Bevendorff et al., SIGIR 2023; Dragnet and Readability development pages): runs `crosscheck extract`
# over ../shared/bench/wceb/pages (pages/<dataset>/<id>.html.gz) and scores the text with the benchmark's own scorer
# (ROUGE-LSum; per-dataset mean P/R/F1, micro and macro). The data stays in ../shared; nothing is copied.
# Usage: bench/wceb/run.sh [--no-build] [scorer options such as --dragnet-no-comments or --datasets dragnet]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH="${CROSSCHECK_WCEB_BENCH:-$ROOT/../shared/bench/wceb}"
OUT="${CROSSCHECK_BENCH_OUT:-$ROOT/bench/wceb/out}"
if [[ ! -d "$BENCH/pages" ]]; then
  echo "bench/wceb: $BENCH/pages not found (shared/ must sit beside the repository)" >&2
  exit 1
fi
mkdir -p "$OUT"
# shellcheck source=../lib/extract.sh
source "$ROOT/bench/lib/extract.sh"
NO_BUILD=""
if [[ "${1:-}" == "--no-build" ]]; then NO_BUILD="--no-build"; shift; fi
crosscheck_build "$ROOT" "$NO_BUILD"
crosscheck_extract "$BENCH/pages" "$OUT"

python3 - "$OUT/extracted.jsonl" "$OUT/predictions.jsonl" "$EXTRACT_START" "$EXTRACT_END" <<'PY'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1], encoding='utf8') if line.strip()]
with open(sys.argv[2], 'w', encoding='utf8') as out:
    for r in rows:
        out.write(json.dumps({'id': r['id'], 'text': r.get('text') or ''}, ensure_ascii=False) + '\n')
seconds = float(sys.argv[4]) - float(sys.argv[3])
empty = sum(1 for r in rows if not (r.get('text') or '').strip())
print(f"pages: {len(rows)}  seconds: {seconds:.1f}  pages/s (incl. process start): {len(rows) / seconds:.1f}  empty text: {empty}")
PY
python3 "$BENCH/score_wceb.py" "$OUT/predictions.jsonl" --per-page "$OUT/per-page.tsv" "$@"
if [[ -s "$OUT/errors.txt" ]]; then echo "errors:"; head -20 "$OUT/errors.txt"; fi
