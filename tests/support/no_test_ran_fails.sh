#!/usr/bin/env bash
# Proves the guard in test_main.cpp: a test binary asked for a test case that does not exist,
# or for half of a name split at ';' (what once made 20 test cases run nothing under ctest),
# must exit non-zero and say so, while a filter that matches still passes.
set -u
binary=$1
real_test=$2
for filter in "no test case is called this" "a counter must be open to call"; do
  output=$("$binary" "$filter" 2>&1)
  rc=$?
  if [[ $rc -eq 0 ]]; then
    echo "guard failed: '$filter' ran nothing and exited 0"
    echo "$output"
    exit 1
  fi
  if ! grep -q "test guard: ran no test case" <<<"$output"; then
    echo "guard failed: '$filter' exited $rc without the guard's message"
    echo "$output"
    exit 1
  fi
done
if ! "$binary" "$real_test" >/dev/null 2>&1; then
  echo "a filter that matches a passing test case failed: '$real_test'"
  exit 1
fi
echo "a run of no test case fails; a real one passes"
