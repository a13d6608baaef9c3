#!/usr/bin/env bash
# Publication-date benchmark: runs `crosscheck extract` over the htmldate evaluation pages in ../shared/bench/pubdate
# (HTML only; URLs are not given) and scores the dates with the benchmark's own scorer (day accuracy, P/R/F).
# Pages without article text still count: `extract` reports their date with empty text.
# Usage: bench/pubdate/run.sh [--no-build] [scorer options such as --errors 20]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH="${CROSSCHECK_PUBDATE_BENCH:-$ROOT/../shared/bench/pubdate}"
if [[ ! -d "$BENCH/pages" ]]; then
  echo "bench/pubdate: $BENCH/pages not found (shared/ must sit beside the repository)" >&2
  exit 1
fi
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
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
        out.write(json.dumps({'id': r['id'], 'published': r.get('published')}) + '\n')
seconds = float(sys.argv[4]) - float(sys.argv[3])
print(f"pages with a line: {len(rows)}  seconds: {seconds:.1f}  pages/s (incl. process start): {len(rows) / seconds:.1f}")
PY
python3 "$BENCH/score_pubdate.py" "$OUT/predictions.jsonl" "$@"
