#include "ui/widgets/phone_entry.h"

#include <algorithm>

#include "kiosk/residents/phone_keypad.h"
#include "kiosk/residents/resident_strings.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/keypad.h"

namespace yizhan::ui {

namespace {
std::string grouped(const std::string& digits) {
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i == 3 || i == 7) out += ' ';
    out += digits[i];
  }
  return out;
}
}  // namespace

void phoneEntry(UiContext& ctx, const kiosk::Snapshot& snap, const ContentArea& area,
                const std::vector<std::string>& lines) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  KeypadSpec pad;
  pad.gap = m.gap();
  pad.keySize = std::min(150.0f * m.scale, (area.height() - 3 * pad.gap) / 4);
  ImVec2 padSize = keypadSize(pad);
  pad.pos = ImVec2(area.max.x - padSize.x, area.min.y);
  pad.confirmEnabled = snap.part<kiosk::PhoneKeypadPart>().phoneDigits.size() == 11;

  float leftWidth = pad.pos.x - area.min.x - 2 * m.gap();
  float y = area.min.y;
  for (size_t i = 0; i < lines.size(); ++i) {
    // Instructions as large as headings: many residents cannot read small print.
    ctx.fonts.require(lines[i]);
    y += drawText(ctx.fonts.heading(), ImVec2(area.min.x, y), p.text, lines[i], leftWidth).y +
         m.minGap();
  }
  y += m.gap();
  ImFont* body = ctx.fonts.body();
  drawText(body, ImVec2(area.min.x, y), p.mutedText, ctx.t(kiosk::ResidentStr::ApptPhoneLabel));
  y += body->FontSize + m.minGap();

  // The number in a box the size of eleven digits, so the resident sees how many are left.
  ImFont* big = ctx.fonts.display();
  float boxH = big->FontSize + 2 * m.minGap();
  float boxW = std::min(leftWidth, measureText(big, "000 0000 0000").x + 2 * m.gap());
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRect(ImVec2(area.min.x, y), ImVec2(area.min.x + boxW, y + boxH), toImU32(p.plainBorder),
                12.0f * m.scale, 0, 3.0f * m.scale);
  drawText(big, ImVec2(area.min.x + m.gap(), y + m.minGap()), p.text,
           grouped(snap.part<kiosk::PhoneKeypadPart>().phoneDigits));
  y += boxH + m.gap();

  // What went wrong in red; what the resident should know (come back at 11:00, the number
  // they already have) in the calm colour.
  const std::optional<std::string>& said = snap.error ? snap.error : snap.notice;
  if (said) {
    ctx.fonts.require(*said);
    drawText(ctx.fonts.heading(), ImVec2(area.min.x, y), snap.error ? p.errorText : p.calmText,
             *said, leftWidth);
  }
  keypad(ctx, pad);
}

}  // namespace yizhan::ui
