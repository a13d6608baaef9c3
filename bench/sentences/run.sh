#!/usr/bin/env bash
# Sentence splitter on ECB+ (../shared/bench/ecbplus/docs.jsonl: one gold sentence a line; read in place, never
# copied). Prints (1) the splits made inside a gold sentence, by kind, with examples, and (2) boundary precision
# and recall with each document's lines joined by a space, as scraped text often arrives.
# Usage: bench/sentences/run.sh [examples per kind]   (default 5); ECBPLUS_DIR overrides the data folder.
# To compare two builds on text without gold: dotnet run --project bench/CrossCheck.Bench.Sentences -c Release -- dump TEXTS.jsonl OUT.txt
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
data="${ECBPLUS_DIR:-$root/../shared/bench/ecbplus}"
if [[ ! -f "$data/docs.jsonl" ]]; then
  echo "bench/sentences: $data/docs.jsonl not found (shared/ must sit beside the repository)" >&2
  exit 1
fi
dotnet run --project "$root/bench/CrossCheck.Bench.Sentences" -c Release -- ecbplus "$data/docs.jsonl" "${1:-5}"
