#!/usr/bin/env bash
# Checks the layer rules of DESIGN.md §1 in the tree at $1 (default: the repo):
# ImGui only in ui/, SQL and sqlite3 only in data/ (the sqlite3 API itself only in
# data/database and, for the online-backup API, data/backup), libcurl only in the sync module.
# Prints each violation and exits 1 if there is any.
set -uo pipefail
root=${1:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$root" || exit 2
status=0
sources() { find "$@" -type f \( -name '*.cpp' -o -name '*.h' -o -name '*.hpp' -o -name '*.cc' \) 2>/dev/null; }
violation() { # pattern message dirs...
  local pattern=$1 message=$2; shift 2
  local hits
  hits=$(sources "$@" | xargs -r grep -nE "$pattern" 2>/dev/null)
  if [[ -n "$hits" ]]; then
    printf 'layer rule broken: %s\n%s\n' "$message" "$hits"
    status=1
  fi
}
violation '#include[[:space:]]*[<"]([a-z_/]*/)?imgui|ImGui::' 'ImGui only in ui/' kiosk data drivers tools
violation '#include[[:space:]]*[<"]sqlite3\.h' 'sqlite3 only in data/' kiosk ui drivers tools
violation '"[^"]*\b(SELECT .* FROM|INSERT INTO|DELETE FROM|CREATE TABLE|UPDATE [a-z_]+ SET|PRAGMA [a-z_]+)' 'SQL only in data/' kiosk ui drivers
sqlite_api=$(sources kiosk ui data drivers tools | grep -vE '^data/(database|backup)\.(cpp|h)$' |
  xargs -r grep -nE '\bsqlite3_[a-z_0-9]+|#include[[:space:]]*[<"]sqlite3\.h' 2>/dev/null)
if [[ -n "$sqlite_api" ]]; then
  printf 'layer rule broken: sqlite3 API only in data/database and data/backup\n%s\n' "$sqlite_api"
  status=1
fi
curl_outside=$(sources kiosk ui data drivers tools | grep -v '^kiosk/sync/' | xargs -r grep -nE '#include[[:space:]]*[<"]curl/' 2>/dev/null)
if [[ -n "$curl_outside" ]]; then
  printf 'layer rule broken: libcurl only in kiosk/sync/\n%s\n' "$curl_outside"
  status=1
fi
exit $status
