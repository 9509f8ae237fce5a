#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "kiosk/figures/figures_flow.h"
#include "kiosk/figures/figures_strings.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/big_button.h"
#include "ui/widgets/choice_grid.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::FigStr;
using kiosk::Figures;
using kiosk::FiguresChoice;
using kiosk::Str;

namespace {
FigStr choiceWords(FiguresChoice choice) {
  switch (choice) {
    case FiguresChoice::Today:
      return FigStr::Today;
    case FiguresChoice::ThisWeek:
      return FigStr::ThisWeek;
    case FiguresChoice::LastMonth:
      return FigStr::LastMonth;
    case FiguresChoice::ThisMonth:
      break;
  }
  return FigStr::ThisMonth;
}

// One figure of a row, as staff read it.
using FigureCell = std::string (*)(const Figures&);
struct FigureLine {
  FigStr label;
  FigureCell cell;
};
constexpr const char* kFiguresPages = "figures-rows";
constexpr FigureLine kLines[] = {
    {FigStr::Collected, [](const Figures& f) { return std::to_string(f.collected); }},
    {FigStr::Resolved, [](const Figures& f) { return std::to_string(f.resolved); }},
    {FigStr::ResolutionRate,
     [](const Figures& f) { return kiosk::percentText(f.resolutionRate()); }},
    {FigStr::OnTimeRate, [](const Figures& f) { return kiosk::percentText(f.onTimeRate()); }},
    {FigStr::WorkingDays,
     [](const Figures& f) { return kiosk::decimalText(f.averageWorkingDays()); }},
    {FigStr::Satisfaction,
     [](const Figures& f) { return kiosk::percentText(f.satisfactionRate()); }},
    {FigStr::Reopened, [](const Figures& f) { return std::to_string(f.reopened); }},
    {FigStr::ClosedNotDone, [](const Figures& f) { return std::to_string(f.closedNotDone); }},
};
}  // namespace

// Where the figures' lines go: a block of label and three columns (all, errands, appeals).
struct FigureBlock {
  float x, width;
  int first, count;  // which of kLines
};

// The period's four choices across the top, its days beside them (below where narrow), then
// the station's figures: a line each, all, errands and appeals in columns — in one block where
// the screen is tall, two side by side where it is wide; the volunteers' hours and the people
// served below. 打印统计 prints them and sends them to the district.
void drawFiguresScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  const auto& part = snap.part<kiosk::FiguresPart>();
  std::string title =
      kiosk::format(FigStr::Title, ctx.lang, {std::string(ctx.t(choiceWords(part.choice)))});
  ctx.fonts.require(title);
  ContentArea area = beginScreen(ctx, snap, title);
  ImFont* body = ctx.fonts.body();
  bool idle = part.print != kiosk::PrintState::Printing;
  // The table's lines closer than paragraphs: a short landscape screen holds it all.
  float line = body->FontSize * 1.2f;

  float y = area.min.y;
  const int n = static_cast<int>(std::size(kiosk::kFiguresChoices));
  float w = std::min((area.width() - (n - 1) * m.gap()) / n, m.px(40.f));
  for (int i = 0; i < n; ++i) {
    FiguresChoice choice = kiosk::kFiguresChoices[i];
    ButtonSpec spec{ImVec2(area.min.x + i * (w + m.gap()), y), ImVec2(w, m.minTarget()),
                    ButtonStyle::Plain, idle, body};
    spec.chosen = choice == part.choice;
    if (bigButton(ctx, ctx.t(choiceWords(choice)), spec))
      ctx.emit(kiosk::intent::ChooseFigures{choice});
  }
  float choicesRight = area.min.x + n * (w + m.gap());
  y += m.minTarget() + m.gap();

  auto say = [&](const std::string& words, Rgb colour) {
    ctx.fonts.require(words);
    y += drawText(body, ImVec2(area.min.x, y), colour, words, area.width()).y + m.minGap();
  };
  auto cell = [&](const std::string& words, float x, float top, Rgb colour) {
    ctx.fonts.require(words);
    drawText(body, ImVec2(x, top), colour, words);
  };
  std::string summary;
  bool oneLineLeft = false;
  if (part.unreadable || !part.report) {
    say(std::string(ctx.t(FigStr::Unreadable)), p.errorText);
  } else {
    const kiosk::FiguresReport& report = *part.report;
    std::string days = kiosk::format(FigStr::Range, ctx.lang, {report.days.from, report.days.to});
    if (choicesRight + measureText(body, days).x <= area.max.x) {
      cell(days, choicesRight, area.min.y + (m.minTarget() - body->FontSize) / 2, p.mutedText);
    } else {
      say(days, p.mutedText);
    }
    const kiosk::FigureRow* kinds[3] = {report.find("station", "", "all"),
                                        report.find("station", "", "errand"),
                                        report.find("station", "", "appeal")};
    const std::string heads[3] = {std::string(ctx.t(FigStr::ColAll)),
                                  std::string(ctx.t(FigStr::ColErrandsShort)),
                                  std::string(ctx.t(FigStr::ColAppealsShort))};
    const int measures = static_cast<int>(std::size(kLines));
    auto value = [&](int i, int k) {
      return kinds[k] ? kLines[i].cell(kinds[k]->figures) : std::string("—");
    };
    float labelW = 0, valueW = 0;
    for (int i = 0; i < measures; ++i) {
      labelW = std::max(labelW, measureText(body, ctx.t(kLines[i].label)).x);
      for (int k = 0; k < 3; ++k) valueW = std::max(valueW, measureText(body, value(i, k)).x);
    }
    for (const std::string& h : heads) valueW = std::max(valueW, measureText(body, h).x);
    labelW += m.gap();
    valueW += m.gap();
    float blockW = labelW + 3 * valueW;
    // All eight in one block where the screen is tall (portrait), two blocks side by side
    // where it is wide (1920×1080), else four at a time with the pager in the footer row
    // (1280×800) and one line below for the hours or the printing.
    std::vector<FigureBlock> blocks;
    bool paged = false;
    float below = 2 * line + m.minGap();
    if (y + (1 + measures) * line + below <= area.max.y) {
      blocks.push_back({area.min.x, area.width(), 0, measures});
    } else if (2 * blockW + 2 * m.gap() <= area.width() &&
               y + (1 + measures / 2) * line + below <= area.max.y) {
      float half = (area.width() - 2 * m.gap()) / 2;
      blocks.push_back({area.min.x, half, 0, measures / 2});
      blocks.push_back(
          {area.min.x + half + 2 * m.gap(), half, measures / 2, measures - measures / 2});
    } else {
      paged = true;
      line = body->FontSize * 1.1f;  // and tighter still, so the line below clears the pager
      int page = std::clamp(ctx.pages ? ctx.pages->page(kFiguresPages) : 0, 0, 1);
      blocks.push_back({area.min.x, area.width(), page * (measures / 2),
                        page == 0 ? measures / 2 : measures - measures / 2});
      float left = m.margin() + footerWidth(ctx, ctx.t(Str::Back)) + m.gap();
      float right = ctx.width - m.margin() - footerWidth(ctx, ctx.t(FigStr::Print)) - m.gap();
      pager(ctx, kFiguresPages, page, 2, left, right,
            ctx.height - m.footerHeight() + (m.footerHeight() - m.minTarget()) / 2);
    }
    float top = y;
    for (const FigureBlock& b : blocks) {
      float colW = std::max(valueW, (b.width - labelW) / 3);
      float at = top;
      for (int k = 0; k < 3; ++k) cell(heads[k], b.x + labelW + k * colW, at, p.mutedText);
      at += line;
      for (int i = b.first; i < b.first + b.count; ++i) {
        cell(std::string(ctx.t(kLines[i].label)), b.x, at, p.text);
        for (int k = 0; k < 3; ++k) cell(value(i, k), b.x + labelW + k * colW, at, p.text);
        at += line;
      }
      y = std::max(y, at);
    }
    if (!paged) y += m.minGap();
    summary =
        kiosk::format(FigStr::VolunteerHours, ctx.lang,
                      {kiosk::oneDecimal(static_cast<double>(report.volunteerMinutes) / 60)}) +
        " · " +
        kiosk::format(FigStr::PeopleServed, ctx.lang, {std::to_string(report.peopleServed)}) +
        " · " +
        kiosk::format(FigStr::AnonymousServed, ctx.lang, {std::to_string(report.anonymousServed)});
    oneLineLeft = paged;
  }

  // How the printing went, or else what — means; where one line is left, the printing if
  // there is news of it, else the hours.
  std::string state;
  Rgb colour = p.text;
  if (part.print == kiosk::PrintState::Printing) {
    state = ctx.t(FigStr::Printing);
  } else if (part.print == kiosk::PrintState::Printed) {
    state = ctx.t(FigStr::Printed);
    colour = p.deviceOk;
  } else if (part.print == kiosk::PrintState::Failed) {
    state = kiosk::format(FigStr::NotPrinted, ctx.lang, {part.printProblem});
    colour = p.errorText;
  } else if (snap.error) {
    state = *snap.error;
    colour = p.errorText;
  }
  if (!summary.empty() && !(oneLineLeft && !state.empty())) say(summary, p.text);
  if (state.empty() && !oneLineLeft && part.report) {
    state = ctx.t(FigStr::RatesNote);
    colour = p.mutedText;
  }
  if (!state.empty()) say(state, colour);

  if (footerButton(ctx, ctx.t(Str::Back), FooterSide::Left)) ctx.emit(kiosk::intent::Back{});
  if (part.report && idle &&
      footerButton(ctx, ctx.t(FigStr::Print), FooterSide::Right, ButtonStyle::Primary))
    ctx.emit(kiosk::intent::PrintFigures{});
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::Figures, drawFiguresScreen};
}  // namespace

}  // namespace yizhan::ui
