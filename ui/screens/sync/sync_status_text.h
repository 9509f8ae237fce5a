#pragma once
// The words and colour for the district sync's state, shared by the staff menu's line and the
// sync panel.
#include "kiosk/session/snapshot.h"
#include "kiosk/sync/sync_strings.h"
#include "ui/palette.h"

namespace yizhan::ui {

struct SyncStateText {
  kiosk::SyncStr sentence;  // the panel's full sentence, with what to do
  kiosk::SyncStr word;      // the staff menu's one word
  Rgb color;
};

SyncStateText syncStateText(const kiosk::SyncView& sync);

}  // namespace yizhan::ui
