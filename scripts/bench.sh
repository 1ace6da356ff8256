#!/usr/bin/env bash
# Runs the benchmarks of the Release build (build-release/, made by `make
# bench`) on the demo county and writes the results, beside the raw-SQLite
# baselines measured in the same run, into docs/benchmarks.md between the
# "demo-bench" markers (other sections of that file are left alone).
#   JINGBAN_BENCH_SCALE=county|township|small (default county)
#   JINGBAN_BENCH_DIR=var/bench   where the databases go (the county needs ~25 GB free)
#   JINGBAN_BENCH_KEEP=1          keep the databases afterwards
#   JINGBAN_BENCH_BIN=PATH        another build of bench_county
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${JINGBAN_BENCH_SCALE:-county}
dir=${JINGBAN_BENCH_DIR:-var/bench}
bin=${JINGBAN_BENCH_BIN:-build-release/bench/bench_county}
[ -x "$bin" ] || { echo "bench: $bin is missing; run 'make bench'" >&2; exit 2; }
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
[ "${JINGBAN_BENCH_KEEP:-0}" = 1 ] || rm -f "$dir"/bench-*.db "$dir"/bench-*.db-wal "$dir"/bench-*.db-shm

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

doc=docs/benchmarks.md
if [ -f "$doc" ] && grep -q 'demo-bench:begin' "$doc"; then
  awk -v f="$section" '
    /demo-bench:begin/ { while ((getline line < f) > 0) print line; skip = 1; next }
    /demo-bench:end/   { skip = 0; next }
    !skip { print }' "$doc" > "$doc.new" && mv "$doc.new" "$doc"
else
  { [ -f "$doc" ] && cat "$doc" || echo "# Benchmarks"; echo; cat "$section"; } > "$doc.new" && mv "$doc.new" "$doc"
fi
rm -f "$section"
echo "bench: results written to $doc"
cat "$doc"
