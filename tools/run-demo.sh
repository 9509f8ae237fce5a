#!/usr/bin/env bash
# Builds if needed and runs the kiosk with its built-in defaults and simulated devices, in a
# window, with its data in build/demo-data. Beside it, the district-sim (the reference district
# platform) listens on loopback, so the events the kiosk uploads can be watched arriving at
# http://127.0.0.1:8750/. Without a display the kiosk writes screenshots instead.
# Extra arguments go to `yizhan kiosk` (e.g. --lang en is a global option: put it first).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
cmake -S . -B build >/dev/null
cmake --build build -j"$(nproc)" --target yizhan district-sim

data=build/demo-data
mkdir -p "$data"
if [[ ! -f "$data/yizhan.db" ]]; then
  echo 123456 | build/yizhan --data-dir "$data" admin set-pin >/dev/null
  echo "演示站已建立 (demo station created) in $data — 管理员密码 (staff PIN): 123456"
fi

# The district-sim lives and dies with the demo station: same directory, same lifetime. It
# sends the station a configuration with a notice for this week, which appears on the home
# screen once the station has fetched it (docs/district-api.md §6).
district_url=http://127.0.0.1:8750/
today=$(date +%F)
cat >"$data/district-config.json" <<JSON
{"version": "demo-$today",
 "sections": {"announcements": [{"id": "demo-1", "text": "本站本周正常开放，欢迎前来办事",
                                 "from": "$today", "until": "$(date -d '+6 days' +%F)"}]}}
JSON
build/tools/district-sim --db "$data/district-sim.sqlite" --port 8750 --token demo-token \
  --config "$data/district-config.json" >"$data/district-sim.log" 2>&1 &
sim=$!
trap 'kill "$sim" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  grep -q listening "$data/district-sim.log" 2>/dev/null && break
  kill -0 "$sim" 2>/dev/null || break
  sleep 0.1
done
if ! grep -q listening "$data/district-sim.log"; then
  echo "区级平台模拟未能启动，演示照常运行、数据存在本机 (district-sim did not start; the kiosk" \
    "keeps its events):" >&2
  cat "$data/district-sim.log" >&2
elif [[ ! -f "$data/keys/station.json" ]]; then
  build/yizhan --data-dir "$data" admin enroll --url "$district_url" --token demo-token ||
    echo "演示站未能登记到区级平台模拟 (enrollment failed; see above)" >&2
fi
echo "区级平台模拟 (district-sim): $district_url — 在浏览器中查看上报的数据 (watch events arrive)"
echo "Ctrl+Q 退出 (quits)"
build/yizhan --data-dir "$data" kiosk --windowed "$@"
