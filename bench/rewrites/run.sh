#!/usr/bin/env bash
# Rewrite detection (docs/decisions.md, decision 140): lists, story by story, the reports the sentence alignment
# links as rewrites or copies of another, beside the pairs the clustering's copy index links, and how close the
# closest unlinked pairs come; then prints the aligned sentences of N links the copy index does not make, for
# reading by eye. Runs on the sample corpus, the fictional reports of the tests and ECB+ (a story per subtopic; no
# dates or outlets there, so only the text can link). The data stays in ../shared/bench/ecbplus.
# Usage: bench/rewrites/run.sh [--show N] [--seed S] [Setting=value ...]   (settings of DerivationThresholds)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
data="${ECBPLUS_DIR:-$root/../shared/bench/ecbplus}"
dotnet build -c Release "$root/bench/CrossCheck.Bench.Clustering" -nologo -v quiet >/dev/null
bench() { dotnet "$root/bench/CrossCheck.Bench.Clustering/bin/Release/net10.0/CrossCheck.Bench.Clustering.dll" rewrites "$@"; }
echo "== sample corpus"
bench "$root/samples/corpus" "$@" | grep -v '^===\|^  [OD][-+=~]\|^     (cosine'
echo "== fictional reports (tests/CrossCheck.Tests/Alignment/Derivation/Reports)"
bench "$root/tests/CrossCheck.Tests/Alignment/Derivation/Reports" "$@" | grep -v '^===\|^  [OD][-+=~]\|^     (cosine'
echo "== ECB+ ($data/docs.jsonl)"
bench "$data/docs.jsonl" "$@"
