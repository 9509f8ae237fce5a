#!/usr/bin/env bash
# Builds if needed and runs the kiosk with its built-in defaults and simulated devices, in a
# window, with its data in build/demo-data. Without a display it writes screenshots instead.
# Extra arguments go to `yizhan kiosk` (e.g. --lang en is a global option: put it first).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
cmake -S . -B build >/dev/null
cmake --build build -j"$(nproc)" --target yizhan

data=build/demo-data
if [[ ! -f "$data/yizhan.db" ]]; then
  echo 123456 | build/yizhan --data-dir "$data" admin set-pin >/dev/null
  echo "演示站已建立 (demo station created) in $data — 管理员密码 (staff PIN): 123456"
fi
echo "Ctrl+Q 退出 (quits)"
exec build/yizhan --data-dir "$data" kiosk --windowed "$@"
