#!/usr/bin/env bash
# Builds Yizhan and runs every test through ctest: first a normal build with -Werror, then the
# same tests again under AddressSanitizer + UndefinedBehaviorSanitizer, then the device parsers'
# libFuzzer targets for a bounded time each (clang). Installs what it needs.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

tools/install-deps.sh

cmake -S . -B build -DYIZHAN_WERROR=ON >/dev/null
cmake --build build -j"$jobs"
ctest --test-dir build --output-on-failure -j"$jobs"

echo "== again under AddressSanitizer + UBSan =="
cmake -S . -B build/asan -DYIZHAN_WERROR=ON -DYIZHAN_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build build/asan -j"$jobs"
ctest --test-dir build/asan --output-on-failure -j"$jobs"

echo "== device parser fuzzing (libFuzzer, bounded) =="
cmake -S tests/fuzz -B build/fuzz -DCMAKE_CXX_COMPILER=clang++ >/dev/null
cmake --build build/fuzz -j"$jobs"
ctest --test-dir build/fuzz --output-on-failure
