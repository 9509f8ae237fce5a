#include "ui/widgets/phone_entry.h"

#include <algorithm>

#include "kiosk/residents/phone_keypad.h"
#include "kiosk/residents/resident_strings.h"
#include "ui/widgets/big_button.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/keypad.h"
#include "ui/widgets/pictograms.h"

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

bool phoneEntry(UiContext& ctx, const kiosk::Snapshot& snap, const ContentArea& area,
                const std::vector<EntryLine>& lines, const EntryButton* other) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  KeypadSplit split = splitForKeypad(ctx, area);
  KeypadSpec& pad = split.pad;
  pad.confirmEnabled = snap.part<kiosk::PhoneKeypadPart>().phoneDigits.size() == 11;
  const ContentArea& words = split.words;
  float leftWidth = words.width();
  ImFont* body = ctx.fonts.body();
  ImFont* heading = ctx.fonts.heading();
  // What must show: the lines that are not optional, the number and what was said of it. The
  // optional lines, and the label over the number box, only where they fit with it.
  float icon = m.px(18.0f);
  auto lineH = [&](const EntryLine& line) {
    float textW = line.card ? leftWidth - icon - m.gap() : leftWidth;
    float h = measureText(body, line.text, textW).y;
    return (line.card ? std::max(icon, h) : h) + m.minGap();
  };
  const std::optional<std::string>& said = snap.error ? snap.error : snap.notice;
  float boxH = heading->FontSize + 2 * m.minGap();
  float need = boxH + m.gap() + (said ? measureText(body, *said, leftWidth).y : 0);
  // The other way on: the body size with its detail under, at the column's foot.
  float otherH = other ? std::max(m.minTarget(), 2 * body->FontSize + m.px(10.0f)) : 0;
  if (other) need += otherH + m.gap();
  float optionalH = body->FontSize + m.minGap();  // the label
  for (const EntryLine& line : lines) (line.optional ? optionalH : need) += lineH(line);
  bool withOptional = need + optionalH <= words.height();
  float y = words.min.y;
  for (const EntryLine& line : lines) {
    ctx.fonts.require(line.text);
    if (line.optional && !withOptional) continue;
    if (!line.card) {
      y += drawText(body, ImVec2(words.min.x, y), p.text, line.text, leftWidth).y + m.minGap();
      continue;
    }
    drawPictogram(Pictogram::CardOnReader, ImVec2(words.min.x, y), icon, p.primary);
    float textX = words.min.x + icon + m.gap();
    float h = drawText(body, ImVec2(textX, y), p.text, line.text, words.max.x - textX).y;
    y += std::max(icon, h) + m.minGap();
  }
  if (withOptional) {
    drawText(body, ImVec2(words.min.x, y), p.mutedText, ctx.t(kiosk::ResidentStr::ApptPhoneLabel));
    y += body->FontSize + m.minGap();
  }

  // The number in a box the size of eleven digits, so the resident sees how many are left.
  float boxW = std::min(leftWidth, measureText(heading, "000 0000 0000").x + 2 * m.gap());
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRect(ImVec2(words.min.x, y), ImVec2(words.min.x + boxW, y + boxH),
                toImU32(p.plainBorder), m.rounding(), 0, m.px(0.8f));
  drawText(heading, ImVec2(words.min.x + m.gap(), y + m.minGap()), p.text,
           grouped(snap.part<kiosk::PhoneKeypadPart>().phoneDigits));
  y += boxH + m.gap();

  // What went wrong in red; what the resident should know (come back at 11:00, the number
  // they already have) in the calm colour.
  if (said) {
    ctx.fonts.require(*said);
    drawText(body, ImVec2(words.min.x, y), snap.error ? p.errorText : p.calmText, *said, leftWidth);
  }
  keypad(ctx, pad);
  if (!other) return false;
  ctx.fonts.require(other->label);
  ctx.fonts.require(other->detail);
  float w = std::min(
      leftWidth, std::max(measureText(body, other->label).x, measureText(body, other->detail).x) +
                     m.px(24.0f));
  ButtonSpec spec{ImVec2(words.min.x, words.max.y - otherH), ImVec2(w, otherH), ButtonStyle::Plain,
                  true, body};
  spec.detail = other->detail;
  return bigButton(ctx, other->label, spec);
}

}  // namespace yizhan::ui
