#!/usr/bin/env bash
# Sentence-pair benchmarks (STS-B, MSRP, RTE-3) through `crosscheck relate`.
# Converts the shared pair files to relate input ({"id","a","b"}; the gold labels are not passed), runs relate,
# turns its lines into score_pairs.py predictions and scores them:
#   stsb, msrp: score = similarity;  rte3: supports -> entailment, contradicts -> contradiction, partial/none -> unknown.
# Usage: bench/pairs/run.sh [PAIRS_DIR] [--msrp-threshold T] [--keep DIR] [--set stsb|msrp|rte3 ...] [--split S ...] [--part fit|hold]
#   --part scores only the fitting 70 % or the held-back 30 % of each file (decision 191: the pair is in the fitting part
#   when the SHA-256 of "<set>:<id>", as a big-endian integer, is not 7, 8 or 9 modulo 10). Choose constants on fit.
#   PAIRS_DIR defaults to ../shared/bench/pairs relative to the repository root; --keep keeps the relate input and
#   output and the predictions in DIR (outside the repository: they are derived from the benchmark data).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
data="$root/../shared/bench/pairs"
threshold=""
keep=""
part=""
sets=()
score_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --msrp-threshold) threshold="$2"; shift 2 ;;
    --keep) keep="$2"; shift 2 ;;
    --part) part="$2"; shift 2 ;;
    --set) sets+=("$2"); shift 2 ;;
    --split) score_args+=(--split "$2"); shift 2 ;;
    -*) echo "run.sh: unknown option $1" >&2; exit 2 ;;
    *) data="$1"; shift ;;
  esac
done
[ ${#sets[@]} -eq 0 ] && sets=(stsb msrp rte3)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build -c Release "$root/src/CrossCheck.Cli" -o "$work/cli" -v quiet -nologo >/dev/null
golds=()
for set in "${sets[@]}"; do golds+=("$data/$set-dev.jsonl"); done
python3 - "$work/in.jsonl" "${golds[@]}" <<'PY'
import json, sys
with open(sys.argv[1], "w", encoding="utf8") as out:
    for path in sys.argv[2:]:
        for line in open(path, encoding="utf8"):
            if line.strip():
                r = json.loads(line)
                out.write(json.dumps({"id": r["set"] + ":" + str(r["id"]), "a": r["a"], "b": r["b"]}) + "\n")
PY
start=$(date +%s.%N)
dotnet "$work/cli/crosscheck.dll" relate "$work/in.jsonl" > "$work/out.jsonl"
end=$(date +%s.%N)
pairs=$(wc -l < "$work/out.jsonl")
python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); print(f'relate: {int(sys.argv[3])} pairs in {s:.1f} s ({int(sys.argv[3])/s:.0f} pairs/s)')" "$start" "$end" "$pairs"
python3 - "$work/out.jsonl" "$work/pred.jsonl" <<'PY'
import json, sys
labels = {"supports": "entailment", "contradicts": "contradiction", "partial": "unknown", "none": "unknown"}
with open(sys.argv[2], "w", encoding="utf8") as out:
    for line in open(sys.argv[1], encoding="utf8"):
        r = json.loads(line)
        set_, id_ = r["id"].split(":", 1)
        if set_ == "rte3":
            out.write(json.dumps({"set": set_, "id": id_, "label": labels[r["relation"]]}) + "\n")
        else:
            out.write(json.dumps({"set": set_, "id": id_, "score": r["similarity"]}) + "\n")
PY
if [ -n "$part" ]; then
  python3 - "$part" "$work" "${golds[@]}" <<'PY'
import hashlib, json, os, sys
part, work = sys.argv[1], sys.argv[2]
for path in sys.argv[3:]:
    with open(os.path.join(work, "part-" + os.path.basename(path)), "w", encoding="utf8") as out:
        for line in open(path, encoding="utf8"):
            if line.strip():
                r = json.loads(line)
                digit = int(hashlib.sha256((r["set"] + ":" + str(r["id"])).encode()).hexdigest(), 16) % 10
                if (digit < 7) == (part == "fit"):
                    out.write(line)
PY
  parted=()
  for gold in "${golds[@]}"; do parted+=("$work/part-$(basename "$gold")"); done
  golds=("${parted[@]}")
fi
args=("$work/pred.jsonl" "${golds[@]}")
[ -n "$threshold" ] && args+=(--msrp-threshold "$threshold")
python3 "$data/score_pairs.py" "${args[@]}" ${score_args[@]+"${score_args[@]}"}
if [ -n "$keep" ]; then
  mkdir -p "$keep"
  cp "$work/in.jsonl" "$work/out.jsonl" "$work/pred.jsonl" "$keep/"
fi
