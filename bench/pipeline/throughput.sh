#!/usr/bin/env bash
# End-to-end throughput of `crosscheck analyze` (extraction, clustering, analysis, alignment, JSON output)
# on a synthetic stream made by the clustering bench's generator, timed with /usr/bin/time -v.
# Usage: bench/pipeline/throughput.sh [articles ...]   (default: 1000 5000 20000)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
dotnet build src/CrossCheck.Cli -c Release --nologo -v quiet
dotnet build bench/CrossCheck.Bench.Clustering -c Release --nologo -v quiet
gen() { dotnet bench/CrossCheck.Bench.Clustering/bin/Release/net10.0/CrossCheck.Bench.Clustering.dll "$@"; }
cli() { dotnet src/CrossCheck.Cli/bin/Release/net10.0/crosscheck.dll "$@"; }

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 5000 20000)
printf "%-10s %-10s %-12s %-8s %-14s %-10s %-8s\n" articles seconds articles/s cpu_s articles/cpu_s peak_MB stories
for n in "${sizes[@]}"; do
  days=$(( n / 2000 + 1 ))
  gen generate "$work/stream.jsonl" "$n" "$days" 7 >/dev/null
  # The generator writes gold labels beside the text; analyze reads only id/title/outlet/published/text.
  /usr/bin/time -v -o "$work/time.txt" dotnet src/CrossCheck.Cli/bin/Release/net10.0/crosscheck.dll \
    analyze "$work/stream.jsonl" --format json --out "$work/dossiers.json" 2>"$work/stderr.txt" || true
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {split($2,t,":"); s=0; for(i=1;i<=length(t);i++) s=s*60+t[i]; print s}' "$work/time.txt")
  cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {printf "%.1f", s}' "$work/time.txt")
  peak=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$work/time.txt")
  stories=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['stories']))" "$work/dossiers.json")
  rate=$(python3 -c "print(f'{$n/$secs:.0f}')")
  cpurate=$(python3 -c "print(f'{$n/$cpu:.0f}')")
  printf "%-10s %-10s %-12s %-8s %-14s %-10s %-8s\n" "$n" "$secs" "$rate" "$cpu" "$cpurate" "$peak" "$stories"
done
