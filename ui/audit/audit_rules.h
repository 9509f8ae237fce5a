#pragma once
// The rules of DESIGN.md §2 applied to one screen as drawn: text ink and targets in
// millimetres, contrast, and for a resident screen its voice prompt (carrying the title's
// words), 再听一遍, 返回 and 呼叫工作人员. The screen audit tests and the audit benchmark both
// use it; a screen a feature adds is held to the same rules by being toured.
#include <string>
#include <vector>

#include "kiosk/session/snapshot.h"
#include "ui/audit/screen_audit.h"
#include "ui/palette.h"

namespace yizhan::ui {

struct AuditLimits {
  double bodyInkMm = 9.0, headingInkMm = 14.0, targetMm = 24.0, gapMm = 4.0, contrast = 7.0;
};

// The smallest of each figure on the screen (infinity when there is none of the kind).
struct AuditFigures {
  double bodyInkPx, headingInkPx, targetPx, gapPx, contrast;
};
AuditFigures figuresOf(const ScreenMeasure& measure);

// What breaks a rule, one line each ("body text 24 px = 5.9 mm < 9 mm: 请点击…"); empty: passes.
std::vector<std::string> auditFindings(const ScreenMeasure& measure,
                                       const std::vector<TextRecord>& texts,
                                       const std::vector<WidgetRecord>& widgets,
                                       const kiosk::Snapshot& snap, const Metrics& metrics,
                                       int width, int height, const FontRoles& fonts,
                                       const AuditLimits& limits = {});

// `text` without spaces and punctuation, for "carries the words of".
std::string wordsOf(const std::string& text);

}  // namespace yizhan::ui
