#!/bin/sh
# Runs every benchmark and saves its JSON under build/bench/results/. Not part of the tests:
# the figures go into docs/PERFORMANCE.md by hand, with the date and the machine.
# Needs the --bench packages: tools/install-deps.sh --bench
set -eu
cd "$(dirname "$0")/.."
rounds=${YIZHAN_BENCH_ROUNDS:-20}
cmake -S . -B build >/dev/null
cmake --build build -j"$(nproc)" --target yizhan yizhan_frame_bench yizhan_gl_floor yizhan_device_bench yizhan_queue_bench yizhan_call_next_probe yizhan_sync_bench yizhan_volunteer_bench yizhan_request_bench district-sim >/dev/null
out=build/bench/results
mkdir -p "$out"

echo "frame costs, SDL offscreen driver" >&2
env -u DISPLAY -u WAYLAND_DISPLAY build/bench/yizhan_frame_bench "$rounds" | tee "$out/frames-offscreen.json"
echo "frame costs, Xvfb (x11 driver, real swaps)" >&2
xvfb-run -a -s "-screen 0 1920x1080x24" build/bench/yizhan_frame_bench "$rounds" | tee "$out/frames-x11.json"
echo "start-up, idle CPU and memory beside a bare GL window and Chromium --kiosk" >&2
python3 bench/compare_with_chromium.py build/yizhan build/bench/yizhan_gl_floor --runs "${YIZHAN_BENCH_RUNS:-5}" \
  --idle-seconds "${YIZHAN_BENCH_IDLE_SECONDS:-30}" | tee "$out/compare-chromium.json"
echo "device latencies over ptys, beside the protocols' floors" >&2
build/bench/yizhan_device_bench 200 | tee "$out/devices.json"
echo "queue: tap to ticket bytes, and a day of 100 000 tickets" >&2
build/bench/yizhan_queue_bench 300 100000 | tee "$out/queue.json"
echo "call next, instruction count on the 100 000-ticket store the queue bench left" >&2
rm -rf "$out/queue-day-store" && cp -r /tmp/yizhan-queue-bench-day "$out/queue-day-store"
valgrind --tool=callgrind --callgrind-out-file="$out/call-next.callgrind" --toggle-collect="*QueueService::callNext*" build/bench/yizhan_call_next_probe "$out/queue-day-store" 2>&1 | grep Collected
echo "district sync: 10 000 events drained to a district-sim on loopback, and frames meanwhile" >&2
env -u DISPLAY -u WAYLAND_DISPLAY build/bench/yizhan_sync_bench build/tools/district-sim 10000 5 25,100,200,500 | tee "$out/sync.json"
echo "volunteers: scan to the drawn answer, the month's ranks on 2000 x 30 days, a 2000-row import" >&2
env -u DISPLAY -u WAYLAND_DISPLAY build/bench/yizhan_volunteer_bench 100 2000 30 2000 | tee "$out/volunteers.json"
echo "requests: card to the resident identified, the staff's lists on 50000 requests, 100 claims at once" >&2
env -u DISPLAY -u WAYLAND_DISPLAY build/bench/yizhan_request_bench 50 50000 500000 300 100 5 | tee "$out/requests.json"
