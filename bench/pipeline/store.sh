#!/usr/bin/env bash
# Sentence vectors kept in the store (decision 150): `crosscheck add` of a synthetic stream into a fresh SQLite store
# (it embeds every new claim once), `add` of the same stream again (nothing new: nothing embedded), then
# `analyze --db` over the store (every vector found: the model is not even loaded), each timed with /usr/bin/time -v.
# Usage: bench/pipeline/store.sh [articles]   (default: 1000)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
dotnet build src/CrossCheck.Cli -c Release --nologo -v quiet
dotnet build bench/CrossCheck.Bench.Clustering -c Release --nologo -v quiet
n="${1:-1000}"
dotnet bench/CrossCheck.Bench.Clustering/bin/Release/net10.0/CrossCheck.Bench.Clustering.dll generate "$work/stream.jsonl" "$n" $(( n / 2000 + 1 )) 7 >/dev/null

run() {
  local name="$1"; shift
  /usr/bin/time -v -o "$work/time.txt" dotnet src/CrossCheck.Cli/bin/Release/net10.0/crosscheck.dll "$@" >"$work/out.txt" 2>"$work/err.txt" || true
  local secs cpu peak
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {split($2,t,":"); s=0; for(i=1;i<=length(t);i++) s=s*60+t[i]; print s}' "$work/time.txt")
  cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {printf "%.1f", s}' "$work/time.txt")
  peak=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$work/time.txt")
  printf "%-16s %-10s %-8s %-14s %-8s\n" "$name" "$secs" "$cpu" "$(python3 -c "print(f'{$n/$cpu:.0f}')")" "$peak"
}

printf "%-16s %-10s %-8s %-14s %-8s\n" step seconds cpu_s articles/cpu_s peak_MB
run "add" add "$work/stream.jsonl" --db "$work/store.db"
vectors=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from sentence_vectors').fetchone()[0])" "$work/store.db")
run "add again" add "$work/stream.jsonl" --db "$work/store.db"
run "analyze --db" analyze --db "$work/store.db" --format json --out "$work/dossiers.json"
echo "sentence vectors stored: $vectors; store size: $(du -m "$work/store.db" | cut -f1) MB"
