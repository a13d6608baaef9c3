#!/usr/bin/env bash
# Load test of the dossier endpoint (loopback only): builds a SQLite store of fictional stories, starts
# `crosscheck serve --db` on 127.0.0.1, warms up, then runs wrk at a few concurrency levels against
# GET /api/stories/{id} and the HTML page /stories/{id}, cycling over every story id.
# Needs wrk (Debian: apt-get install wrk). Usage: bench/web/load.sh [stories] [seconds] [connections...]
#   defaults: 1000 stories, 15 s per run, connections 1 8 32 64
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
stories="${1:-1000}"
seconds="${2:-15}"
shift $(( $# > 2 ? 2 : $# )) || true
levels=("$@")
[ ${#levels[@]} -gt 0 ] || levels=(1 8 32 64)
port="${CROSSCHECK_LOAD_PORT:-5399}"
base="http://127.0.0.1:$port"
command -v wrk >/dev/null || { echo "load.sh: wrk not found (apt-get install wrk)" >&2; exit 2; }

work="$(mktemp -d)"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
cd "$root"
dotnet build src/CrossCheck.Cli -c Release --nologo -v quiet >/dev/null
cli() { dotnet src/CrossCheck.Cli/bin/Release/net10.0/crosscheck.dll "$@"; }

python3 bench/web/generate_stories.py "$work/stories.jsonl" "$stories" 7
cli add "$work/stories.jsonl" --db "$work/load.db" 2>/dev/null

start=$(date +%s.%N)
dotnet src/CrossCheck.Cli/bin/Release/net10.0/crosscheck.dll serve --db "$work/load.db" --urls "$base" >"$work/serve.log" 2>&1 &
server=$!
until curl -sf "$base/api/stories" -o "$work/list.json"; do
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
  sleep 1
done
ready=$(python3 -c "print(f'{$(date +%s.%N) - $start:.1f}')")
python3 -c "import json,sys; [print(s['id']) for s in json.load(open(sys.argv[1]))]" "$work/list.json" > "$work/ids.txt"
echo "server ready after ${ready} s (startup analysis of the whole store) with $(wc -l < "$work/ids.txt") stories"

run() { # path-prefix connections seconds
  WRK_IDS="$work/ids.txt" WRK_PREFIX="$1" wrk -t "$(( $2 < 2 ? $2 : 2 ))" -c "$2" -d "$3s" --timeout 10s -s bench/web/dossier.lua "$base" | grep '^RESULT'
}
echo "warm-up"; run /api/stories/ 8 5 >/dev/null; run /stories/ 8 5 >/dev/null
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
printf "%-16s %-6s %s\n" endpoint conns result
for path in /api/stories/ /stories/; do
  for c in "${levels[@]}"; do
    printf "%-16s %-6s %s\n" "${path}{id}" "$c" "$(run "$path" "$c" "$seconds" | sed 's/^RESULT //')"
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); server peak RSS: $(awk '/VmHWM/ {print $2/1024 " MB"}' /proc/$server/status)"
