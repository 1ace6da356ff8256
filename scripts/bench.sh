#!/usr/bin/env bash
# Runs the benchmarks of the Release build (build-release/, made by `make
# bench`) on the demo county and writes the results, beside the raw-SQLite
# baselines measured in the same run, into docs/benchmarks.md. bench_county
# creates the county (section "demo-bench"); then every other bench_NAME
# program beside it runs as `bench_NAME --db COUNTY.db --dir DIR` and its
# output goes between the "NAME-bench" markers. A bench program prints a
# first line "# Title" and then Markdown table rows (what | measured |
# baseline | target); it must not change COUNTY.db (it writes copies or
# databases of its own in DIR). Other sections of the file are left alone.
#   JINGBAN_BENCH_SCALE=county|township|small (default county)
#   JINGBAN_BENCH_DIR=var/bench   where the databases go (the county needs ~25 GB free)
#   JINGBAN_BENCH_KEEP=1          keep the databases afterwards
#   JINGBAN_BENCH_BIN=PATH        another build of bench_county (the others are taken beside it)
#   JINGBAN_BENCH_DB=FILE         skip creating the county and use this one (kept)
#   JINGBAN_BENCH_ONLY="a b"      run only bench_a and bench_b after the county
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${JINGBAN_BENCH_SCALE:-county}
dir=${JINGBAN_BENCH_DIR:-var/bench}
bin=${JINGBAN_BENCH_BIN:-build-release/bench/bench_county}
[ -x "$bin" ] || { echo "bench: $bin is missing; run 'make bench'" >&2; exit 2; }
mkdir -p "$dir"

command="JINGBAN_BENCH_SCALE=$scale"
for v in JINGBAN_BENCH_DIR JINGBAN_BENCH_BIN JINGBAN_BENCH_DB JINGBAN_BENCH_ONLY; do
  [ -n "${!v:-}" ] && command="$command $v=\"${!v}\""
done
if [ -n "${JINGBAN_BENCH_BIN:-}" ]; then command="$command scripts/bench.sh"; else command="$command make bench"; fi
cpu=$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')
mem=$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
started=$(date -u +%Y-%m-%dT%H:%MZ)
load=$(cut -d' ' -f1-3 /proc/loadavg)

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
# write_section NAME TITLE RUN-DESCRIPTION LOAD-BEFORE LOAD-AFTER ROWS-FILE
write_section() {
  {
    echo "<!-- $1-bench:begin (written by scripts/bench.sh; edit outside the markers) -->"
    echo "### $2 ($scale scale)"
    echo
    echo "- command: \`$command\` (runs \`$3\`)"
    echo "- machine: $(nproc) CPUs, $cpu, $mem; load average before $4, after $5"
    echo "- build: Release, commit $commit, run $started"
    echo
    echo "| what | measured | baseline in the same run | target |"
    echo "|---|---|---|---|"
    cat "$6"
    echo "<!-- $1-bench:end -->"
  } > "$section"
  replace_section "$1-bench" "$section"
}

rows=$(mktemp)
if [ -n "${JINGBAN_BENCH_DB:-}" ]; then
  db=$JINGBAN_BENCH_DB
  echo "bench: using $db (not created again)"
else
  db=$dir/bench-$scale.db
  echo "bench: $scale scale in $dir (this takes minutes at county scale)"
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  "$bin" --dir "$dir" --scale "$scale" > "$rows"
  write_section demo "Demo county and person search" "$bin --dir $dir --scale $scale" \
    "$load" "$(cut -d' ' -f1-3 /proc/loadavg)" "$rows"
fi

for b in "$(dirname "$bin")"/bench_*; do
  name=$(basename "$b"); name=${name#bench_}
  [ "$name" = county ] && continue
  [ -x "$b" ] || continue
  if [ -n "${JINGBAN_BENCH_ONLY:-}" ] && ! [[ " $JINGBAN_BENCH_ONLY " == *" $name "* ]]; then continue; fi
  echo "bench: $name on $db"
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  "$b" --db "$db" --dir "$dir" > "$rows.all"
  title=$(head -n1 "$rows.all" | sed -n 's/^# //p')
  [ -n "$title" ] || { echo "bench: $b printed no '# Title' first line" >&2; exit 1; }
  tail -n +2 "$rows.all" > "$rows"
  write_section "$name" "$title" "$b --db $db --dir $dir" "$load" "$(cut -d' ' -f1-3 /proc/loadavg)" "$rows"
done
rm -f "$rows" "$rows.all" "$section"
if [ -z "${JINGBAN_BENCH_DB:-}" ] && [ "${JINGBAN_BENCH_KEEP:-0}" != 1 ]; then
  rm -f "$dir"/bench-*.db "$dir"/bench-*.db-wal "$dir"/bench-*.db-shm
fi
echo "bench: results written to $doc"
cat "$doc"
