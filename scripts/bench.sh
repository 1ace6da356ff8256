#!/usr/bin/env bash
# Runs the benchmarks of the Release build (build-release/, made by `make
# bench`) on the demo county and writes the results, beside the raw-SQLite
# baselines measured in the same run, into docs/benchmarks.md: bench_county
# between the "demo-bench" markers, bench_engine (on the county bench_county
# made) between the "engine-bench" markers; other sections are left alone.
#   JINGBAN_BENCH_SCALE=county|township|small (default county)
#   JINGBAN_BENCH_DIR=var/bench   where the databases go (the county needs ~25 GB free)
#   JINGBAN_BENCH_KEEP=1          keep the databases afterwards
#   JINGBAN_BENCH_BIN=PATH        another build of bench_county (bench_engine is taken beside it)
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${JINGBAN_BENCH_SCALE:-county}
dir=${JINGBAN_BENCH_DIR:-var/bench}
bin=${JINGBAN_BENCH_BIN:-build-release/bench/bench_county}
engine_bin=$(dirname "$bin")/bench_engine
[ -x "$bin" ] || { echo "bench: $bin is missing; run 'make bench'" >&2; exit 2; }
[ -x "$engine_bin" ] || { echo "bench: $engine_bin is missing; run 'make bench'" >&2; exit 2; }
mkdir -p "$dir"

if [ -n "${JINGBAN_BENCH_BIN:-}" ]; then
  command="JINGBAN_BENCH_SCALE=$scale JINGBAN_BENCH_DIR=$dir JINGBAN_BENCH_BIN=$bin scripts/bench.sh"
else
  command="JINGBAN_BENCH_SCALE=$scale make bench"
fi
cpu=$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')
mem=$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
started=$(date -u +%Y-%m-%dT%H:%MZ)
load=$(cut -d' ' -f1-3 /proc/loadavg)

echo "bench: $scale scale in $dir (this takes minutes at county scale)"
rows=$("$bin" --dir "$dir" --scale "$scale")
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
echo "bench: the policy engine on $dir/bench-$scale.db"
engine_load=$(cut -d' ' -f1-3 /proc/loadavg)
engine_rows=$("$engine_bin" --db "$dir/bench-$scale.db")
engine_load_after=$(cut -d' ' -f1-3 /proc/loadavg)
[ "${JINGBAN_BENCH_KEEP:-0}" = 1 ] || rm -f "$dir"/bench-*.db "$dir"/bench-*.db-wal "$dir"/bench-*.db-shm

doc=docs/benchmarks.md
# replace_section MARKER FILE: puts FILE (begin and end markers included)
# in place of the MARKER section of $doc, or appends it.
replace_section() {
  if [ -f "$doc" ] && grep -q "$1:begin" "$doc"; then
    awk -v f="$2" -v b="$1:begin" -v e="$1:end" '
      index($0, b) { while ((getline line < f) > 0) print line; skip = 1; next }
      index($0, e) { skip = 0; next }
      !skip { print }' "$doc" > "$doc.new" && mv "$doc.new" "$doc"
  else
    { [ -f "$doc" ] && cat "$doc" || echo "# Benchmarks"; echo; cat "$2"; } > "$doc.new" && mv "$doc.new" "$doc"
  fi
}

section=$(mktemp)
{
  echo "<!-- demo-bench:begin (written by scripts/bench.sh; edit outside the markers) -->"
  echo "### Demo county and person search ($scale scale)"
  echo
  echo "- command: \`$command\` (runs \`$bin --dir $dir --scale $scale\`)"
  echo "- machine: $(nproc) CPUs, $cpu, $mem; load average before $load, after $load_after"
  echo "- build: Release, commit $commit, run $started"
  echo
  echo "| what | measured | baseline in the same run | target |"
  echo "|---|---|---|---|"
  echo "$rows"
  echo "<!-- demo-bench:end -->"
} > "$section"
replace_section demo-bench "$section"

{
  echo "<!-- engine-bench:begin (written by scripts/bench.sh; edit outside the markers) -->"
  echo "### Policy engine ($scale scale)"
  echo
  echo "- command: \`$command\` (runs \`$engine_bin --db $dir/bench-$scale.db\` on the demo bench_county made)"
  echo "- machine: $(nproc) CPUs, $cpu, $mem; load average before $engine_load, after $engine_load_after"
  echo "- build: Release, commit $commit, run $started"
  echo
  echo "| what | measured | baseline in the same run | target |"
  echo "|---|---|---|---|"
  echo "$engine_rows"
  echo "<!-- engine-bench:end -->"
} > "$section"
replace_section engine-bench "$section"
rm -f "$section"
echo "bench: results written to $doc"
cat "$doc"
