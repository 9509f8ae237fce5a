#include <string>
#include <vector>

#include "kiosk/requests/request_strings.h"
#include "kiosk/requests/staff_errand_flow.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/big_button.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::ReqStr;

// One request for staff: what, by when, for whom (masked until 显示联系方式), who holds it and
// its history on the left; on the right the steps staff may take from where it stands, and
// what the last one did. Portrait: one column, the steps under the request.
void drawStaffErrandScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  const auto& part = snap.part<kiosk::StaffErrandPart>();
  if (!part.chosen) {
    endScreen();
    return;
  }
  const kiosk::VolunteerErrandLine& l = *part.chosen;
  ContentArea area = beginScreen(ctx, snap, l.errandName);
  ImFont* body = ctx.fonts.body();

  struct Line {
    std::string words;
    Rgb color;
  };
  std::vector<Line> lines;
  lines.push_back(
      {kiosk::format(ReqStr::VolErrandNumber, ctx.lang, {l.number}) + " · " + l.stateWords,
       p.text});
  lines.push_back({(l.answers.empty() ? "" : l.answers + " · ") + l.dueLabel,
                   l.overdue ? p.errorText : p.calmText});
  // Masked, or (on a tap) in full with how to reach them, and the hall reminded.
  lines.push_back({kiosk::format(ReqStr::StaffResident, ctx.lang,
                                 {part.contact ? *part.contact : part.resident}) +
                       (l.gridName.empty() ? "" : " · " + l.gridName),
                   p.text});
  if (!part.holder.empty())
    lines.push_back({kiosk::format(ReqStr::StaffHolder, ctx.lang, {part.holder}), p.text});
  if (part.contact) lines.push_back({std::string(ctx.t(ReqStr::StaffContactCaution)), p.mutedText});
  if (l.priority) lines.push_back({std::string(ctx.t(ReqStr::VolPriority)), p.calmText});
  if (l.homeVisit) lines.push_back({std::string(ctx.t(ReqStr::HomeVisit)), p.text});

  // The steps' buttons, body-size words, each as wide as the widest needs.
  std::vector<std::pair<std::string, kiosk::Intent>> buttons;
  for (size_t i = 0; i < part.steps.size(); ++i)
    buttons.emplace_back(part.steps[i].words,
                         kiosk::intent::ChooseStaffErrandStep{static_cast<int>(i)});
  if (!part.contact)
    buttons.emplace_back(std::string(ctx.t(ReqStr::StaffShowContact)),
                         kiosk::intent::ShowStaffErrandContact{});
  float widest = 1.6f * m.minTarget();
  for (const auto& b : buttons) {
    ctx.fonts.require(b.first);
    widest = std::max(widest, measureText(body, b.first).x + m.px(12.0f));
  }
  // Landscape: one column on the right while they fit, two (and a wider column) where they do
  // not (1280×800). Portrait: two under the request.
  float oneH = static_cast<float>(buttons.size()) * (m.minTarget() + m.gap());
  int perRow = m.portrait || oneH > area.height() - 2 * body->FontSize ? 2 : 1;
  ContentArea info = area, steps = area;
  if (!m.portrait) {
    float stepsW = std::min(perRow * widest + (perRow - 1) * m.gap(), area.width() * 0.5f);
    info.max.x = std::min(area.min.x + area.width() * 0.6f, area.max.x - stepsW - m.gap());
    steps.min.x = info.max.x + m.gap();
  }
  float columnW = m.portrait ? area.width() : steps.width();
  ImVec2 size(std::min((columnW - (perRow - 1) * m.gap()) / perRow, widest), m.minTarget());
  float stepsH = static_cast<float>((buttons.size() + perRow - 1) / perRow) * (size.y + m.gap());
  if (m.portrait) {
    info.max.y = area.max.y - stepsH - 2 * body->FontSize - m.gap();
    steps.min.y = info.max.y + m.gap();
  }

  // The lines in order of what staff need most, as many as fit (1280×800 has room for fewer).
  float y = info.min.y;
  for (const Line& line : lines) {
    ctx.fonts.require(line.words);
    if (y + measureText(body, line.words, info.width()).y > info.max.y) break;
    y += drawText(body, ImVec2(info.min.x, y), line.color, line.words, info.width()).y + m.minGap();
  }
  // The history, newest last, as much of it as fits.
  // (its heading only with at least one line under it).
  if (!part.history.empty() &&
      y + m.minGap() + body->FontSize + measureText(body, part.history.back(), info.width()).y <=
          info.max.y) {
    y += m.minGap();
    y += drawText(ctx.fonts.body(), ImVec2(info.min.x, y), p.mutedText, ctx.t(ReqStr::StaffHistory))
             .y;
    size_t fits = 0;
    float h = 0;
    for (size_t i = part.history.size(); i-- > 0;) {
      ctx.fonts.require(part.history[i]);
      float lineH = measureText(body, part.history[i], info.width()).y;
      if (y + h + lineH > info.max.y) break;
      h += lineH;
      ++fits;
    }
    for (size_t i = part.history.size() - fits; i < part.history.size(); ++i)
      y += drawText(body, ImVec2(info.min.x, y), p.mutedText, part.history[i], info.width()).y;
  }

  float top = steps.min.y;
  for (size_t i = 0; i < buttons.size(); ++i) {
    float rowW = perRow * size.x + (perRow - 1) * m.gap();
    float x = (m.portrait ? area.centerX() : steps.centerX()) - rowW / 2 +
              static_cast<float>(i % perRow) * (size.x + m.gap());
    ImVec2 at(x, top);
    if (top + size.y > steps.max.y) break;
    ctx.fonts.require(buttons[i].first);
    ButtonStyle style = i == 0 ? ButtonStyle::Primary : ButtonStyle::Plain;
    ButtonSpec spec{at, size, style};
    spec.font = body;
    if (bigButton(ctx, buttons[i].first, spec)) ctx.emit(buttons[i].second);
    if (i % perRow == static_cast<size_t>(perRow - 1) || i + 1 == buttons.size())
      top += size.y + m.gap();
  }
  if (part.steps.empty()) {
    top += drawText(body, ImVec2(m.portrait ? area.min.x : steps.min.x, top), p.mutedText,
                    ctx.t(ReqStr::StaffNoSteps), m.portrait ? area.width() : steps.width())
               .y;
  }
  for (const std::optional<std::string>* said : {&snap.error, &snap.notice}) {
    if (!*said) continue;
    ctx.fonts.require(**said);
    top += drawText(body, ImVec2(steps.min.x, top), said == &snap.error ? p.errorText : p.deviceOk,
                    **said, steps.width())
               .y;
  }
  if (footerButton(ctx, ctx.t(kiosk::Str::Back), FooterSide::Left)) ctx.emit(kiosk::intent::Back{});
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::StaffErrand,
                                                      drawStaffErrandScreen};
}  // namespace

}  // namespace yizhan::ui
