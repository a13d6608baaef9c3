#!/usr/bin/env bash
# Scale benchmark: synthesise a 30-day stream (200,000 articles, seed 1) once, then feed its first N articles
# (default 10000 50000 200000) through copy detection + online story assignment, reporting articles/s
# (wall and per CPU second), peak memory (/usr/bin/time -v) and quality against the generator's gold.
# Usage: bench/clustering/stream.sh [N ...]   (SYNTH_DIR overrides where the stream is kept)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
data="${SYNTH_DIR:-${TMPDIR:-/tmp}/crosscheck-synth}"
mkdir -p "$data"
bench="$data/bin"
dotnet build -c Release "$root/bench/CrossCheck.Bench.Clustering" -o "$bench" -v quiet -nologo >/dev/null
[ -f "$data/stream.jsonl" ] || dotnet "$bench/CrossCheck.Bench.Clustering.dll" generate "$data/stream.jsonl" 200000 30 1
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10000 50000 200000)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for n in "${sizes[@]}"; do
  echo "== first $n articles"
  /usr/bin/time -v dotnet "$bench/CrossCheck.Bench.Clustering.dll" stream "$data/stream.jsonl" "$n" 2>"$data/time.$n.txt"
  grep -E "Maximum resident set size|Elapsed \(wall" "$data/time.$n.txt"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
