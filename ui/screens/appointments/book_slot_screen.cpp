#include <algorithm>
#include <string>
#include <vector>

#include "kiosk/appointments/appointment_strings.h"
#include "kiosk/appointments/booking_flow.h"
#include "ui/screens/appointments/booking_step.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/choice_grid.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::ApptStr;
using kiosk::Str;

namespace {
constexpr int kNoon = 12 * 60;
constexpr std::string_view kHalfList = "slot-half";

struct Half {
  ApptStr name;
  std::vector<size_t> slots;  // indexes into the part's slots
  std::string_view list;
};

// The slots of a half day as cells: the time, and how many places are left or 已约满 (a full one
// is greyed as well: told apart by its words, not only its colour). The start alone where the
// whole span does not fit a cell.
std::vector<ChoiceCell> cellsOf(UiContext& ctx, const kiosk::BookingPart& part, const Half& half,
                                float cellW) {
  std::vector<ChoiceCell> cells;
  for (size_t i : half.slots) {
    const kiosk::SlotChoice& s = part.slots[i];
    std::string label = s.label;
    if (measureText(ctx.fonts.body(), label).x > cellW - ctx.metrics.px(4.0f)) {
      label = label.substr(0, label.find('-'));
    }
    cells.push_back({label, s.status, s.available, ButtonStyle::Primary});
  }
  return cells;
}
}  // namespace

// What time that day: 上午 and 下午 each under its own heading; where both do not fit (a
// small screen), one at a time, with 上午 / 下午 above to choose.
void drawBookSlotScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  const auto& part = snap.part<kiosk::BookingPart>();
  std::string dayShort = part.booking ? part.booking->dayShort : std::string();
  std::string title = kiosk::format(ApptStr::ApptSlotTitle, ctx.lang, {dayShort});
  std::string chosen =
      part.booking ? part.booking->serviceName + " · " + part.booking->dayLabel : std::string();
  ContentArea area = bookingStep(ctx, beginScreen(ctx, snap, title), 3, chosen);
  ImFont* body = ctx.fonts.body();
  if (!part.booking) {
    endScreen();
    return;
  }
  if (snap.error) {
    ctx.fonts.require(*snap.error);
    area.min.y += drawText(body, area.min, p.errorText, *snap.error, area.width()).y + m.minGap();
  }

  Half halves[] = {{ApptStr::ApptMorning, {}, "slots-am"},
                   {ApptStr::ApptAfternoon, {}, "slots-pm"}};
  for (size_t i = 0; i < part.slots.size(); ++i) {
    halves[part.slots[i].start < kNoon ? 0 : 1].slots.push_back(i);
  }
  if (part.slots.empty()) {
    drawTextCentered(ctx.fonts.heading(), area.centerX(), area.min.y + m.gap(), p.text,
                     ctx.t(ApptStr::ApptDayNoSlots), area.width());
  }

  // A cell holds the time and its places in body text.
  float cellH = 2 * body->FontSize + m.px(6.0f);
  float cellW = measureText(body, "00:00").x;
  for (const kiosk::SlotChoice& s : part.slots) {
    ctx.fonts.require(s.status);
    cellW = std::max(cellW, measureText(body, s.status).x);
  }
  cellW = std::max(m.minTarget(), cellW + m.px(6.0f));
  float wideW = measureText(body, "00:00-00:00").x + m.px(6.0f);
  // The whole span (09:00-09:30) in each cell where both halves still fit; else narrower
  // cells with the start alone.
  auto columnsFor = [&](float w) {
    return std::max(1, static_cast<int>((area.width() + m.gap()) / (w + m.gap())));
  };
  auto heightWith = [&](int cols) {
    float h = 0;
    for (const Half& half : halves) {
      if (half.slots.empty()) continue;
      int rows = static_cast<int>((half.slots.size() + cols - 1) / cols);
      h += body->FontSize + m.minGap() + rows * (cellH + m.gap());
    }
    return h;
  };
  wideW = std::max(wideW, cellW);
  if (heightWith(columnsFor(wideW)) <= area.height()) cellW = wideW;
  int columns = columnsFor(cellW);
  auto rowsOf = [&](const Half& h) {
    return static_cast<int>((h.slots.size() + columns - 1) / columns);
  };
  float headingH = body->FontSize + m.minGap();
  float bothH = 0;
  int shownHalves = 0;
  for (const Half& h : halves) {
    if (h.slots.empty()) continue;
    ++shownHalves;
    bothH += headingH + rowsOf(h) * (cellH + m.gap());
  }

  auto drawHalf = [&](const Half& h, ImVec2 min, ImVec2 max, bool withHeading) {
    if (withHeading) {
      drawText(body, min, p.calmText, ctx.t(h.name));
      min.y += headingH;
    }
    std::vector<ChoiceCell> cells = cellsOf(ctx, part, h, cellW);
    GridSpec grid{min, max, columns, ImVec2(cellW, cellH), ImVec2(cellW, cellH), body, h.list};
    int tapped = choiceGrid(ctx, cells, grid);
    if (tapped >= 0) {
      ctx.emit(kiosk::intent::ChooseSlot{part.slots[h.slots[static_cast<size_t>(tapped)]].start});
    }
  };

  if (bothH <= area.height() || shownHalves < 2) {
    float y = area.min.y;
    for (const Half& h : halves) {
      if (h.slots.empty()) continue;
      float hH = headingH + rowsOf(h) * (cellH + m.gap());
      float bottom = shownHalves < 2 ? area.max.y : std::min(area.max.y, y + hH);
      drawHalf(h, ImVec2(area.min.x, y), ImVec2(area.max.x, bottom), true);
      y += hH;
    }
  } else {
    // 上午 / 下午 to choose, the chosen half ringed and ticked; its times beneath.
    int half = ctx.pages ? std::clamp(ctx.pages->page(kHalfList), 0, 1) : 0;
    float toggleW = std::min(m.px(70.0f), (area.width() - m.gap()) / 2);
    float toggleH = ctx.fonts.heading()->FontSize + m.px(8.0f);
    for (int i = 0; i < 2; ++i) {
      ButtonSpec spec{
          ImVec2(area.centerX() + (i == 0 ? -toggleW - m.gap() / 2 : m.gap() / 2), area.min.y),
          ImVec2(toggleW, toggleH), ButtonStyle::Plain, true, ctx.fonts.heading()};
      spec.chosen = i == half;
      if (bigButton(ctx, ctx.t(halves[i].name), spec) && ctx.pages) ctx.pages->turn(kHalfList, i);
    }
    drawHalf(halves[half], ImVec2(area.min.x, area.min.y + toggleH + m.gap()), area.max, false);
  }
  residentFooter(ctx, snap);
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::BookSlot, drawBookSlotScreen};
}  // namespace

}  // namespace yizhan::ui
