#!/usr/bin/env bash
# The demo's path with the real programs: district-sim on loopback, `yizhan admin enroll`,
# a number taken on the headless kiosk, uploaded, and listed on the district-sim's page.
# Usage: headless_upload.sh YIZHAN DISTRICT_SIM
set -euo pipefail
yizhan=$1 sim=$2
dir=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$dir"' EXIT
"$sim" --db "$dir/district.sqlite" --port 0 --token t-1 >"$dir/sim.log" 2>&1 &
pid=$!
for _ in $(seq 100); do grep -q listening "$dir/sim.log" && break; sleep 0.05; done
url=$(grep -o 'http://127.0.0.1:[0-9]*/' "$dir/sim.log")
export ASAN_OPTIONS=detect_leaks=0
"$yizhan" --data-dir "$dir/station" admin enroll --url "$url" --token t-1
# Five days before the district's clock: the kiosk learns the offset from its Date header.
"$yizhan" --data-dir "$dir/station" kiosk --headless --time 2026-11-24T09:30:00 \
  --tap 取号排队 --tap 社保医保 --upload-seconds 30 --screenshot "$dir/ticket.png" 2>"$dir/kiosk.err"
grep -q '待上报 0 条' "$dir/kiosk.err" || { cat "$dir/kiosk.err"; exit 1; }
page=$(curl -s "$url")
echo "$page" | grep -q '2 events stored' || { echo "district page: $page"; exit 1; }
echo "$page" | grep -q 'ticket.issued' || { echo "no ticket.issued on the page"; exit 1; }
# A second enrollment is refused: the station keeps its identity.
if "$yizhan" --data-dir "$dir/station" admin enroll --url "$url" --token t-1 2>/dev/null; then
  echo "enrolled twice"; exit 1
fi
echo "ok: the ticket's events reached the district-sim"
