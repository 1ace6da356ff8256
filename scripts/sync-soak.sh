#!/usr/bin/env bash
# Soak the sync fault test: many more SIGKILL trials than the suite's 50.
#   scripts/sync-soak.sh [TRIALS] [BUILD_DIR]     (default 500, build)
set -euo pipefail
trials="${1:-500}"
build="${2:-build}"
test="$build/tests/tst_syncfaults"
if [ ! -x "$test" ]; then
  echo "sync-soak: $test is missing; build first (make build)" >&2
  exit 2
fi
echo "sync-soak: $trials kill trials"
JINGBAN_SOAK_TRIALS="$trials" QT_QPA_PLATFORM=offscreen "$test" killedAtRandomPoints
