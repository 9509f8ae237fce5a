#pragma once
// The frame both accepted screens share (an errand, an appeal): the number very large — what
// the resident reads out when they call — with the day it is due, on the left (on top where
// portrait) over 好的; what happens next on the right; the slip's line last.
#include <optional>
#include <string>

#include "kiosk/queue/take_number_flow.h"
#include "kiosk/session/snapshot.h"
#include "ui/ui_context.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

struct SubmittedColumns {
  ContentArea left, column;  // the number's column; the one the rest goes in
  float y = 0;               // where the rest goes on
  float doneTop = 0;         // 好的 no higher than this
};

// `already`: the words for a request that was already open, if it was.
SubmittedColumns submittedHead(UiContext& ctx, const ContentArea& area,
                               const std::optional<std::string>& already,
                               const std::string& numberLabel, const std::string& number,
                               const std::string& due);

// The slip's line, 好的 and the footer.
void submittedTail(UiContext& ctx, const kiosk::Snapshot& snap, const ContentArea& area,
                   SubmittedColumns& c, kiosk::PrintState print, const std::string& problem);

}  // namespace yizhan::ui
