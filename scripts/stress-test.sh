#!/usr/bin/env bash
# `npm run test:stress`: the whole test suite three times in a row while two busy processes load
# both cores, as on a shared 2-core machine. Uses stress-ng when installed, else `yes > /dev/null`.
# Expects a current build (`npm run build`): some tests load dist/. The load stops however the script
# ends; it fails if any run failed.
set -u
cd "$(dirname "$0")/.."

RUNS=3
load_pids=()

stop_load() {
  for pid in "${load_pids[@]}"; do
    kill "$pid" 2>/dev/null
  done
  wait 2>/dev/null
}
trap stop_load EXIT
trap 'exit 130' INT TERM

if command -v stress-ng >/dev/null; then
  stress-ng --cpu 2 --quiet &
  load_pids+=("$!")
else
  yes >/dev/null &
  load_pids+=("$!")
  yes >/dev/null &
  load_pids+=("$!")
fi
echo "load: ${#load_pids[@]} process(es) on both cores"

failed=0
for run in $(seq 1 "$RUNS"); do
  start=$(date +%s)
  if node node_modules/.bin/wtr; then
    result=passed
  else
    result=failed
    failed=$((failed + 1))
  fi
  echo "stress run ${run}/${RUNS}: ${result} in $(($(date +%s) - start)) s"
done

echo "stress: $((RUNS - failed)) of ${RUNS} runs passed"
[ "$failed" -eq 0 ]
