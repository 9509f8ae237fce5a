#!/usr/bin/env bash
# The layer checker must catch each kind of violation: plant one at a time in a scratch tree.
set -u
checker=$1
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
plant() { # dir file content
  rm -rf "$scratch"/*
  mkdir -p "$scratch/$1"
  printf '%s\n' "$3" >"$scratch/$1/$2"
  if "$checker" "$scratch" >/dev/null; then
    echo "not caught: $1/$2: $3"
    exit 1
  fi
}
plant kiosk a.cpp '#include "imgui.h"'
plant data b.cpp 'void f() { ImGui::Text("x"); }'
plant ui c.cpp '#include <sqlite3.h>'
plant kiosk d.cpp 'auto q = "SELECT id FROM ticket";'
plant ui e.cpp '#include <curl/curl.h>'
plant data g.cpp 'bool f(sqlite3* db) { return sqlite3_changes(db) > 0; }'
plant data h.cpp '#include <sqlite3.h>'
plant tools i.cpp 'int n = sqlite3_total_changes(db);'
plant data f.cpp '#include <curl/curl.h>'
# And the allowed places pass.
rm -rf "$scratch"/*
mkdir -p "$scratch/ui" "$scratch/data" "$scratch/kiosk/sync"
echo '#include "imgui.h"' >"$scratch/ui/ok.cpp"
echo '#include <sqlite3.h>' >"$scratch/data/database.cpp"
echo 'sqlite3_backup_init(a, "main", b, "main");' >"$scratch/data/backup.cpp"
echo '#include <curl/curl.h>' >"$scratch/kiosk/sync/ok.cpp"
"$checker" "$scratch" || { echo "allowed includes were flagged"; exit 1; }
echo "all planted violations caught"
