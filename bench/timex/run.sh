#!/usr/bin/env bash
# TempEval-3 TIMEX3 normalisation benchmark: predicts a value for every case with CrossCheck's normaliser
# and scores the predictions with the benchmark's own scorer. The data stays in ../shared/bench/timex.
# Usage: bench/timex/run.sh [--errors N]   (extra arguments go to score_timex.py)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
data="$repo/../shared/bench/timex"
if [[ ! -f "$data/cases.jsonl" ]]; then
  echo "bench/timex: $data/cases.jsonl not found (shared/ must sit beside the repository)" >&2
  exit 1
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
dotnet run --project "$repo/bench/CrossCheck.Bench.Timex" -c Release -- "$data/cases.jsonl" "$out/predictions.jsonl"
python3 "$data/score_timex.py" "$out/predictions.jsonl" --gold "$data/cases.jsonl" "$@"
