#!/usr/bin/env bash
# Installs the build into a scratch root and checks what a station image would get.
set -euo pipefail
build=$1
src=$2
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
fail() { echo "packaging: $*" >&2; exit 1; }

DESTDIR="$root" cmake --install "$build" --prefix /usr >/dev/null
bin="$root/usr/bin/yizhan"
[[ -x "$bin" ]] || fail "yizhan not installed to /usr/bin"
[[ -f "$root/usr/share/yizhan/yizhan.example.toml" ]] || fail "example config missing"
unit="$root/usr/lib/systemd/system/yizhan-kiosk.service"
[[ -f "$unit" ]] || fail "systemd unit missing"
grep -q '^RestartPreventExitStatus=2 3 4$' "$unit" || fail "unit would restart-loop on fatal errors"

"$bin" --version | grep -q '^yizhan ' || fail "installed binary does not run"
"$bin" --config "$src/yizhan.example.toml" admin check-config >/dev/null ||
  fail "the example config does not validate"
# The example documents every key the program knows.
keys() { grep -E '^[a-z_]+ = ' | cut -d' ' -f1 | sort; }
diff <("$bin" admin show-config | keys) <(keys <"$src/yizhan.example.toml") ||
  fail "example config and the program's keys differ"
echo "install layout ok"
