#pragma once
// A store error where a flow meets it: the detail on stderr for staff's log, plain words on the
// showing screen (the disk full said apart: staff can do something about it).
#include <cstdio>

#include "data/database.h"
#include "kiosk/base/strings.h"
#include "kiosk/session/flow.h"

namespace yizhan::kiosk {

// `doing`: what the kiosk was doing, for the log ("printing a volunteer's papers").
inline void showStoreProblem(FlowHost& host, const char* doing, const data::StoreError& e) {
  std::fprintf(stderr, "yizhan: store error %s: %s\n", doing, e.what());
  Snapshot& snap = host.snap();
  snap.error = std::string(
      text(e.kind() == data::StoreError::Kind::Full ? Str::StoreFull : Str::StoreWriteFailed,
           snap.lang));
  host.changed();
}

}  // namespace yizhan::kiosk
