#!/usr/bin/env bash
# Starts the workstation on the embedded demo database, making it on first run.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p var
db=var/demo.db
if [ ! -f "$db" ]; then
  echo "run: making the demo county (small scale) in $db"
  build/app/jingban-cli demo --db "$db.tmp" --scale small --seed 1
  mv "$db.tmp" "$db"
  rm -f "$db.tmp-wal" "$db.tmp-shm"
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != "offscreen" ]; then
  echo "run: no display found; starting under Xvfb"
  exec xvfb-run -a -s "-screen 0 1600x1000x24" build/app/jingban --db "$db" "$@"
fi
exec build/app/jingban --db "$db" "$@"
