#!/usr/bin/env bash
# ECB+ event clustering: feeds the documents through `crosscheck cluster` in a seeded shuffled order
# (no publication dates, so arrival order = shuffled order) and scores B³/pairwise against event sub-topics.
# The documents are stripped to {id, text} first: the clusterer never sees topic/subtopic (gold).
# Usage: bench/clustering/ecbplus.sh [seed ...]   (default seeds 1 2 3); ECBPLUS_DIR overrides the data folder.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
data="${ECBPLUS_DIR:-$root/../shared/bench/ecbplus}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
seeds=("$@")
[ ${#seeds[@]} -eq 0 ] && seeds=(1 2 3)
dotnet build -c Release "$root/src/CrossCheck.Cli" -o "$work/cli" -v quiet -nologo >/dev/null
for seed in "${seeds[@]}"; do
  python3 - "$data/docs.jsonl" "$work/in.jsonl" "$seed" <<'PY'
import json, random, sys
docs = [json.loads(l) for l in open(sys.argv[1], encoding="utf8")]
random.Random(int(sys.argv[3])).shuffle(docs)
with open(sys.argv[2], "w", encoding="utf8") as out:
    for d in docs:
        out.write(json.dumps({"id": d["id"], "text": d["text"]}) + "\n")
PY
  dotnet "$work/cli/crosscheck.dll" cluster "$work/in.jsonl" --format json --out "$work/stories.json"
  python3 -c 'import json,sys; print(json.dumps([s["articleIds"] for s in json.load(open(sys.argv[1]))["stories"]]))' "$work/stories.json" > "$work/pred.json"
  echo "seed $seed (all topics 1-35)"
  python3 "$data/score_clustering.py" "$work/pred.json" --gold "$data/docs.jsonl"
  for half in odd even; do
    topics=$(python3 -c "print(','.join(str(t) for t in range(1,36) if t % 2 == (1 if '$half' == 'odd' else 0)))")
    echo "seed $seed ($half topics)"
    python3 "$data/score_clustering.py" "$work/pred.json" --gold "$data/docs.jsonl" --topics "$topics" | tail -2
  done
  [ -n "${KEEP_PRED:-}" ] && cp "$work/pred.json" "$KEEP_PRED.$seed.json"
done
