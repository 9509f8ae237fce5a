#include <string>

#include "kiosk/base/strings.h"
#include "kiosk/volunteers/volunteer_papers.h"
#include "kiosk/volunteers/volunteer_papers_flow.h"
#include "kiosk/volunteers/volunteer_strings.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/big_button.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::Str;
using kiosk::VolStr;
using kiosk::VolunteerPaper;

// The volunteer found (masked), and what staff can print for them: the QR card, or the proof
// for this month, last month or this year; how the printing went below.
void drawVolunteerPapersScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  const auto& part = snap.part<kiosk::VolunteerPapersPart>();
  if (!part.volunteer) {
    beginScreen(ctx, snap, ctx.t(VolStr::FindTitle));
    endScreen();
    return;
  }
  const kiosk::VolunteerView& v = *part.volunteer;
  std::string title = kiosk::format(VolStr::PapersTitle, ctx.lang, {v.nameMasked});
  ctx.fonts.require(title);
  ContentArea area = beginScreen(ctx, snap, title);
  ImFont* body = ctx.fonts.body();
  float y = area.min.y;
  std::string about = v.team + " · " + kiosk::kindWords(v.kind, ctx.lang) + " · " +
                      kiosk::format(VolStr::RecordVolunteer, ctx.lang,
                                    {v.nameMasked, v.externalId.value_or(std::to_string(v.id))});
  std::vector<std::pair<std::string, Rgb>> lines = {{about, p.text}};
  if (v.status == kiosk::VolunteerStatus::Inactive)
    lines.emplace_back(std::string(ctx.t(VolStr::StatusInactive)), p.errorText);
  for (const auto& [line, colour] : lines) {
    ctx.fonts.require(line);
    y += drawText(body, ImVec2(area.min.x, y), colour, line, area.width()).y + m.minGap();
  }
  y += m.gap();

  // The card across the top; the three proofs in a row below it.
  bool idle = part.print != kiosk::PrintState::Printing;
  float rowH = m.minTarget() * 1.25f;
  if (bigButton(
          ctx, ctx.t(VolStr::PrintCard),
          {ImVec2(area.min.x, y), ImVec2(area.width(), rowH), ButtonStyle::Primary, idle, body}))
    ctx.emit(kiosk::intent::PrintVolunteerPaper{VolunteerPaper::Card});
  y += rowH + m.gap();
  constexpr std::pair<VolStr, VolunteerPaper> kProofs[] = {
      {VolStr::PrintProofMonth, VolunteerPaper::ProofThisMonth},
      {VolStr::PrintProofLastMonth, VolunteerPaper::ProofLastMonth},
      {VolStr::PrintProofYear, VolunteerPaper::ProofThisYear}};
  const int n = 3;
  bool row = area.width() >= n * m.px(60.f);  // a narrow (portrait) screen stacks them
  float w = row ? (area.width() - (n - 1) * m.gap()) / n : area.width();
  for (int i = 0; i < n; ++i) {
    ImVec2 at = row ? ImVec2(area.min.x + i * (w + m.gap()), y) : ImVec2(area.min.x, y);
    if (bigButton(ctx, ctx.t(kProofs[i].first),
                  {at, ImVec2(w, rowH), ButtonStyle::Plain, idle, body}))
      ctx.emit(kiosk::intent::PrintVolunteerPaper{kProofs[i].second});
    if (!row) y += rowH + m.gap();
  }
  if (row) y += rowH + m.gap();

  std::string state;
  Rgb colour = p.text;
  if (part.print == kiosk::PrintState::Printing) {
    state = ctx.t(VolStr::PapersPrinting);
  } else if (part.print == kiosk::PrintState::Printed) {
    state = ctx.t(VolStr::PapersPrinted);
  } else if (part.print == kiosk::PrintState::Failed) {
    state = kiosk::format(VolStr::PapersNotPrinted, ctx.lang, {part.printProblem});
    colour = p.errorText;
  } else if (snap.error) {
    state = *snap.error;
    colour = p.errorText;
  }
  if (!state.empty()) {
    ctx.fonts.require(state);
    drawText(body, ImVec2(area.min.x, y), colour, state, area.width());
  }
  if (footerButton(ctx, ctx.t(Str::Back), FooterSide::Left)) ctx.emit(kiosk::intent::Back{});
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::VolunteerPapers,
                                                      drawVolunteerPapersScreen};
}  // namespace

}  // namespace yizhan::ui
