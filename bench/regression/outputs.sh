#!/usr/bin/env bash
# Captures every observable output of CrossCheck on the bundled samples, the seeds and the shared development
# benchmarks into one folder, with a digest per file, so that a refactoring can be shown to change no output:
#   bench/regression/outputs.sh out/regression/before   # on the old commit
#   bench/regression/outputs.sh out/regression/after    # on the new one
#   diff out/regression/before/SHA256SUMS out/regression/after/SHA256SUMS && echo identical
# Usage: bench/regression/outputs.sh OUTDIR [--quick]   (--quick skips the extraction pages and the 1,000-report run)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$(mkdir -p "$1" && cd "$1" && pwd)"
quick="${2:-}"
shared="$(cd "$root/../shared" && pwd)"   # resolved: outputs name input paths, which must not depend on the checkout folder
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
dotnet build src/CrossCheck.Cli -c Release --nologo -v quiet -o "$work/cli" >/dev/null
dotnet build bench/CrossCheck.Bench.Clustering -c Release --nologo -v quiet -o "$work/gen" >/dev/null
dotnet build bench/CrossCheck.Bench.Timex -c Release --nologo -v quiet -o "$work/timex" >/dev/null
cli() { dotnet "$work/cli/crosscheck.dll" "$@"; }

inputs=(samples/corpus)
[ -d "$shared/seeds" ] && inputs+=("$shared/seeds")
for fmt in json markdown html text; do
  cli analyze "${inputs[@]}" --format "$fmt" --out "$out/analyze.$fmt" 2>"$out/analyze.$fmt.stderr" || echo "exit $?" >>"$out/analyze.$fmt.stderr"
done
cli eval samples/gold --details >"$out/eval.txt" 2>&1 || echo "exit $?" >>"$out/eval.txt"
cli cluster "${inputs[@]}" --format json --out "$out/cluster.samples.json" 2>/dev/null

python3 - "$shared/bench/ecbplus/docs.jsonl" "$work/ecb.jsonl" <<'PY'
import json, random, sys
docs = [json.loads(l) for l in open(sys.argv[1], encoding="utf8")]
random.Random(1).shuffle(docs)
with open(sys.argv[2], "w", encoding="utf8") as f:
    for d in docs:
        f.write(json.dumps({"id": d["id"], "text": d["text"]}) + "\n")
PY
cli cluster "$work/ecb.jsonl" --format json --out "$out/cluster.ecbplus.json" 2>/dev/null
dotnet "$work/timex/CrossCheck.Bench.Timex.dll" "$shared/bench/timex/cases.jsonl" "$out/timex.jsonl" >/dev/null

dotnet "$work/gen/CrossCheck.Bench.Clustering.dll" generate "$work/syn.jsonl" 300 1 7 >/dev/null
# Relative input paths: the dossier names each article's source, which must not carry the temp folder's name.
(cd "$work" && cli analyze syn.jsonl --format json --out "$out/analyze.synthetic300.json" 2>/dev/null)
(cd "$work" && cli cluster syn.jsonl --format json --out "$out/cluster.synthetic300.json" 2>/dev/null)

if [ "$quick" != "--quick" ]; then
  cli extract "$shared/bench/article-extraction/html" --format jsonl >"$out/extract.article-extraction.jsonl" 2>&1 || true
  cli extract "$shared/bench/wceb/pages" --format jsonl >"$out/extract.wceb.jsonl" 2>&1 || true
  cli extract "$shared/bench/pubdate/pages" --format jsonl >"$out/extract.pubdate.jsonl" 2>&1 || true
  dotnet "$work/gen/CrossCheck.Bench.Clustering.dll" generate "$work/syn1k.jsonl" 1000 1 3 >/dev/null
  (cd "$work" && cli analyze syn1k.jsonl --format json --out "$out/analyze.synthetic1000.json" 2>/dev/null)
fi
(cd "$out" && sha256sum $(ls | grep -v SHA256SUMS | sort) >SHA256SUMS)
cat "$out/SHA256SUMS"
