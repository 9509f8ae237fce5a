#include <string>

#include "kiosk/base/strings.h"
#include "kiosk/volunteers/volunteer_flow.h"
#include "kiosk/volunteers/volunteer_review_flow.h"
#include "kiosk/volunteers/volunteer_strings.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/big_button.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/keypad.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::Str;
using kiosk::VolStr;

// One flagged shift: what it is, 确认 with the rules' minutes; or the minutes typed on the keypad
// and one of the four reasons, which applies the correction.
void drawVolunteerReviewShiftScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  const auto& part = snap.part<kiosk::VolunteerReviewPart>();
  ContentArea area = beginScreen(ctx, snap, ctx.t(VolStr::ReviewShiftTitle));
  if (!part.chosen) {
    endScreen();
    return;
  }
  const auto& s = *part.chosen;
  KeypadSplit split = splitForKeypad(ctx, area);
  const ContentArea& words = split.words;
  ImFont* body = ctx.fonts.body();
  float y = words.min.y;
  for (const std::string& line : {s.title, s.times + " · " + kiosk::flagWords(s.flag, ctx.lang)}) {
    ctx.fonts.require(line);
    y += drawText(body, ImVec2(words.min.x, y), p.text, line, words.width()).y + m.minGap();
  }
  y += m.minGap();
  float rowH = m.minTarget();
  std::string confirm = kiosk::format(VolStr::ReviewConfirm, ctx.lang,
                                      {kiosk::serviceTimeWords(s.proposedMinutes, ctx.lang)});
  ctx.fonts.require(confirm);
  if (bigButton(
          ctx, confirm,
          {ImVec2(words.min.x, y), ImVec2(words.width(), rowH), ButtonStyle::Primary, true, body}))
    ctx.emit(kiosk::intent::ConfirmFlaggedShift{});
  y += rowH + m.gap();

  std::string typed = part.minutesTyped.empty()
                          ? std::string(ctx.t(VolStr::ReviewCorrectHint))
                          : kiosk::format(VolStr::ReviewCorrectTo, ctx.lang, {part.minutesTyped});
  ctx.fonts.require(typed);
  y += drawText(body, ImVec2(words.min.x, y), p.text, typed, words.width()).y + m.minGap();
  if (snap.error) {
    ctx.fonts.require(*snap.error);
    y += drawText(body, ImVec2(words.min.x, y), p.errorText, *snap.error, words.width()).y +
         m.minGap();
  }
  // The four reasons in one row; they apply the typed minutes.
  const int n = kiosk::kCorrectionReasons;
  float w = (words.width() - (n - 1) * m.minGap()) / n;
  for (int i = 0; i < n; ++i) {
    ImVec2 at(words.min.x + i * (w + m.minGap()), y);
    std::string reason = kiosk::correctionReason(i, ctx.lang);
    if (bigButton(ctx, reason,
                  {at, ImVec2(w, rowH), ButtonStyle::Plain, !part.minutesTyped.empty(), body}))
      ctx.emit(kiosk::intent::CorrectFlaggedShift{i});
  }
  split.pad.confirmEnabled = false;  // a reason applies the correction
  keypad(ctx, split.pad);
  if (footerButton(ctx, ctx.t(Str::Back), FooterSide::Left)) ctx.emit(kiosk::intent::Back{});
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::VolunteerReviewShift,
                                                      drawVolunteerReviewShiftScreen};
}  // namespace

}  // namespace yizhan::ui
