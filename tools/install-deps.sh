#!/usr/bin/env bash
# Installs every Debian 12 package that building, running and testing Yizhan needs.
# Idempotent: packages already present are skipped, and `apt-get update` runs at most once.
set -euo pipefail

BUILD_PKGS=(
  build-essential cmake pkg-config clang-format clang libclang-rt-14-dev
  libsdl2-dev libimgui-dev libfreetype-dev libgl-dev libegl-dev
  libgl1-mesa-dri libegl-mesa0 mesa-utils-bin
  libsqlite3-dev sqlite3 libsodium-dev libcsv-dev
  openssl
  libcurl4-openssl-dev curl
  libcli11-dev libtomlplusplus-dev nlohmann-json3-dev libstb-dev
  libqrencode-dev libzbar-dev libespeak-ng-dev libcpp-httplib-dev
  catch2
  fonts-noto-cjk
  chromium
)
# Only the benchmarks need these (Xvfb a real X server for measuring real frame swaps).
BENCH_PKGS=(xvfb xauth time)
# The counter console's browser test drives Chromium with playwright-core from npm; a machine
# that already has Node.js (e.g. from NodeSource) keeps it, others get Debian's.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then BUILD_PKGS+=(nodejs npm); fi

want=("${BUILD_PKGS[@]}")
if [[ "${1:-}" == "--bench" ]]; then want+=("${BENCH_PKGS[@]}"); fi

install_web_tests() {
  # Pinned by tests/web/package-lock.json; installed here, never during a build or a test.
  local web
  web="$(dirname "$0")/../tests/web"
  if [[ ! -d "$web/node_modules/playwright-core" ]]; then
    (cd "$web" && npm ci --no-audit --no-fund --loglevel=error >&2)
  fi
}

missing=()
for p in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ((${#missing[@]} == 0)); then
  install_web_tests
  exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
echo "Installing: ${missing[*]}" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
install_web_tests
