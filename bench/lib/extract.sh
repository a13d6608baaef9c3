# Shared by the extraction benchmarks (bench/extraction, bench/pubdate, bench/wceb); source it, do not run it.

# crosscheck_build ROOT [--no-build]: builds src/CrossCheck.Cli in Release unless --no-build is given; sets CLI.
crosscheck_build() {
  local root="$1"
  if [[ "${2:-}" != "--no-build" ]]; then
    dotnet build "$root/src/CrossCheck.Cli" -c Release -v quiet -nologo >/dev/null
  fi
  CLI="$root/src/CrossCheck.Cli/bin/Release/net10.0/crosscheck.dll"
}

# crosscheck_extract PAGES OUT: runs `crosscheck extract PAGES --format jsonl` into OUT/extracted.jsonl (messages in
# OUT/errors.txt; a failing page never stops the run) and sets EXTRACT_START and EXTRACT_END (seconds since the epoch).
crosscheck_extract() {
  EXTRACT_START=$(date +%s.%N)
  dotnet "$CLI" extract "$1" --format jsonl >"$2/extracted.jsonl" 2>"$2/errors.txt" || true
  EXTRACT_END=$(date +%s.%N)
}
