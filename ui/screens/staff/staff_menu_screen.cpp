#include <algorithm>
#include <string>
#include <vector>

#include "kiosk/devices/device_strings.h"
#include "kiosk/queue/queue_strings.h"
#include "kiosk/queue/take_number_flow.h"
#include "kiosk/staff/staff_menu_flow.h"
#include "kiosk/staff/staff_strings.h"
#include "kiosk/sync/sync_strings.h"
#include "ui/screens/screen_registry.h"
#include "ui/screens/sync/sync_status_text.h"
#include "ui/widgets/big_button.h"
#include "ui/widgets/choice_grid.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::DeviceStr;
using kiosk::QueueStr;
using kiosk::StaffStr;
using kiosk::Str;
using kiosk::SyncStr;

namespace {
// The right-hand column: one badge and name per device, and what to do under any that is
// not OK, so staff see a paper-out printer before a resident does.
void drawDeviceStrip(const kiosk::Snapshot& snap, UiContext& ctx, ImVec2 min, ImVec2 max) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  ImFont* body = ctx.fonts.body();
  ImFont* heading = ctx.fonts.heading();
  float y = min.y;
  drawText(heading, ImVec2(min.x, y), p.text, ctx.t(DeviceStr::DevicesHeading));
  y += heading->FontSize + m.gap();
  if (snap.devices.empty()) {
    drawText(body, ImVec2(min.x, y), p.mutedText, ctx.t(DeviceStr::DevicesChecking));
    return;
  }
  ImDrawList* draw = ImGui::GetWindowDrawList();
  float badgeW = m.px(29.8f);
  float badgeH = body->FontSize + m.gap();
  // Faults first, then warnings: where the column runs out (a small screen), what needs doing
  // is shown and the rest counted.
  std::vector<const kiosk::DeviceView*> order;
  for (const kiosk::DeviceView& d : snap.devices) order.push_back(&d);
  std::stable_sort(order.begin(), order.end(), [](const auto* a, const auto* b) {
    return static_cast<int>(a->state) > static_cast<int>(b->state);
  });
  for (size_t i = 0; i < order.size(); ++i) {
    const kiosk::DeviceView& d = *order[i];
    // Drivers word their own messages: their glyphs join the atlas before the next frame.
    ctx.fonts.require(d.name);
    ctx.fonts.require(d.message);
    float width = max.x - min.x;
    float messageH = d.message.empty() ? 0 : measureText(body, d.message, width).y + m.gap();
    bool last = i + 1 == order.size();
    float countLine = last ? 0 : body->FontSize + m.minGap();  // room kept for "其余…"
    // The worst one's words come before the count of the others.
    bool withMessage =
        messageH > 0 && y + badgeH + m.minGap() + messageH + (i == 0 ? 0 : countLine) <= max.y;
    // The worst one always shows; the others while they fit with the count line under them.
    if (i > 0 && y + badgeH + m.minGap() + (withMessage ? messageH : 0) + countLine > max.y) {
      size_t rest = order.size() - i;
      bool allOk = std::all_of(order.begin() + static_cast<long>(i), order.end(),
                               [](const auto* o) { return o->state == drivers::HealthState::Ok; });
      std::string more = kiosk::format(allOk ? DeviceStr::DevicesMoreOk : DeviceStr::DevicesMore,
                                       ctx.lang, {std::to_string(rest)});
      if (y + body->FontSize <= max.y) {
        drawText(body, ImVec2(min.x, y), allOk ? p.mutedText : p.errorText, more, width);
      }
      break;
    }
    using drivers::HealthState;
    Rgb color = d.state == HealthState::Ok        ? p.deviceOk
                : d.state == HealthState::Warning ? p.deviceWarning
                                                  : p.deviceFault;
    auto word = d.state == HealthState::Ok        ? DeviceStr::DeviceOk
                : d.state == HealthState::Warning ? DeviceStr::DeviceWarning
                                                  : DeviceStr::DeviceFault;
    draw->AddRectFilled(ImVec2(min.x, y), ImVec2(min.x + badgeW, y + badgeH), toImU32(color),
                        m.px(2.0f));
    drawTextCentered(body, min.x + badgeW / 2, y + m.gap() / 2, p.onDevice, ctx.t(word));
    drawText(body, ImVec2(min.x + badgeW + m.gap(), y + m.gap() / 2), p.text, d.name);
    y += badgeH + m.minGap();
    // What to do, where it fits (the counter page has it in full on the smallest screens).
    if (withMessage) {
      drawText(body, ImVec2(min.x, y), d.state == HealthState::Fault ? p.errorText : p.text,
               d.message, width);
      y += messageH;
    }
  }
}
}  // namespace

void drawStaffMenuScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  ContentArea area = beginScreen(ctx, snap, ctx.t(StaffStr::StaffMenuTitle));
  ImFont* body = ctx.fonts.body();
  ImFont* heading = ctx.fonts.heading();

  // At the bottom, across: what the features offer staff (counters, figures, register,
  // sync, …), in as many rows as they need, a page of them where even two rows do not do.
  float entryW = m.minTarget();
  for (const kiosk::StaffEntry& entry : snap.staffEntries) {
    ctx.fonts.require(entry.label);
    entryW = std::max(entryW, measureText(body, entry.label).x + m.px(8.0f));
  }
  int perRow = std::max(1, static_cast<int>((area.width() + m.gap()) / (entryW + m.gap())));
  int rowsNeeded =
      static_cast<int>((snap.staffEntries.size() + perRow - 1) / static_cast<size_t>(perRow));
  // Two rows where the devices still have room above them for a fault, its words and the
  // count of the rest; else one, paged from the footer row (a short screen, 1280×800).
  float deviceNeed = heading->FontSize + 2 * m.gap() + 2 * body->FontSize + 2 * m.gap() +
                     m.minGap() + body->FontSize;
  float twoRowsTop = area.max.y - 2 * (m.minTarget() + m.gap());
  int maxRows = twoRowsTop - (area.min.y + m.gap()) >= deviceNeed ? 2 : 1;
  int entryRows = snap.staffEntries.empty() ? 0 : std::clamp(rowsNeeded, 1, maxRows);
  bool pagedInFooter = rowsNeeded > entryRows && maxRows == 1;
  float entriesH = entryRows * (m.minTarget() + m.gap());
  float entriesTop = area.max.y - entriesH;

  // The lines at the top: the sync state, and the system's identity where there is room for
  // it.
  std::string info =
      kiosk::format(StaffStr::SystemInfo, ctx.lang,
                    {snap.stationId, snap.appVersion, std::to_string(snap.schemaVersion)});
  float callsNeed = heading->FontSize + m.minGap() + m.minTarget() + m.gap();
  float infoH = measureText(body, info, area.width()).y;
  float syncH = snap.sync.running ? body->FontSize : 0;
  // On a short screen (1280×800) the calls and devices need it more; `yizhan admin doctor` and
  // the counter page show the same.
  bool infoShown = area.height() >= m.px(150.0f) &&
                   entriesTop - (area.min.y + infoH + syncH + m.gap()) >= callsNeed;
  float y = area.min.y;
  if (infoShown) y += drawText(body, ImVec2(area.min.x, y), p.mutedText, info, area.width()).y;
  if (snap.sync.running) {
    // Is the district getting our records, and how many wait.
    SyncStateText state = syncStateText(snap.sync);
    std::string line = kiosk::format(SyncStr::StaffSyncLine, ctx.lang,
                                     {ctx.t(state.word), std::to_string(snap.sync.backlog)});
    y += drawText(body, ImVec2(area.min.x, y), state.color, line, area.width()).y;
  }
  y += m.gap();

  // Calls on the left, devices on the right, above the entries; in portrait, devices under
  // the calls.
  // With nothing for staff to answer on the left, the devices take the wider column: a fault's
  // words then fit on one line.
  bool nothingToAnswer = snap.part<kiosk::StaffMenuPart>().openCalls.empty() &&
                         snap.part<kiosk::TakeNumberPart>().failedPrints.empty();
  float columnX = area.min.x + area.width() * (nothingToAnswer ? 0.4f : 0.6f);
  float callsBottom = entriesTop;
  if (m.portrait) {
    callsBottom = y + (entriesTop - y) * 0.5f;
    drawDeviceStrip(snap, ctx, ImVec2(area.min.x, callsBottom + m.gap()),
                    ImVec2(area.max.x, entriesTop));
    columnX = area.max.x + m.gap();
  } else {
    drawDeviceStrip(snap, ctx, ImVec2(columnX + m.gap(), y), ImVec2(area.max.x, entriesTop));
  }
  const float callsRight = columnX - m.gap();

  drawText(heading, ImVec2(area.min.x, y), p.text, ctx.t(StaffStr::StaffCallsHeading));
  y += heading->FontSize + m.minGap();
  float buttonW =
      std::max(m.minTarget(), std::max(measureText(body, ctx.t(StaffStr::StaffCallHandled)).x,
                                       measureText(body, ctx.t(QueueStr::Reprint)).x) +
                                  m.px(8.0f));
  float textW = callsRight - area.min.x - buttonW - m.gap();
  const auto& calls = snap.part<kiosk::StaffMenuPart>().openCalls;
  if (calls.empty()) {
    y += drawText(body, ImVec2(area.min.x, y), p.mutedText, ctx.t(StaffStr::StaffCallsNone),
                  callsRight - area.min.x)
             .y +
         m.minGap();
  }
  // A row: the words beside the button that deals with them, as tall as either.
  auto row = [&](const std::string& line, Rgb color, std::string_view action, const void* id) {
    float h = std::max(m.minTarget(), measureText(body, line, textW).y);
    if (y + h > callsBottom - m.gap()) return false;
    drawText(body, ImVec2(area.min.x, y + (h - measureText(body, line, textW).y) / 2), color, line,
             textW);
    ButtonSpec spec{ImVec2(callsRight - buttonW, y + (h - m.minTarget()) / 2),
                    ImVec2(buttonW, m.minTarget()),
                    ButtonStyle::Primary,
                    true,
                    body,
                    id};
    y += h + m.minGap();
    return bigButton(ctx, action, spec);
  };
  size_t shown = 0;
  for (const auto& call : calls) {
    std::string line = kiosk::format(StaffStr::StaffCallItem, ctx.lang, {call.raisedClock});
    float before = y;
    if (row(line, p.text, ctx.t(StaffStr::StaffCallHandled),
            reinterpret_cast<const void*>(static_cast<intptr_t>(call.id)))) {
      ctx.emit(kiosk::intent::HandleStaffCall{call.id});
    }
    if (y == before) break;
    ++shown;
  }
  // Tickets the printer failed: a button each to print them again.
  for (const auto& failed : snap.part<kiosk::TakeNumberPart>().failedPrints) {
    std::string line = kiosk::format(QueueStr::FailedPrintItem, ctx.lang, {failed.code});
    if (row(line, p.errorText, ctx.t(QueueStr::Reprint),
            reinterpret_cast<const void*>(static_cast<intptr_t>(-failed.id)))) {
      ctx.emit(kiosk::intent::ReprintTicket{failed.id});
    }
  }
  if (calls.size() > shown && y + body->FontSize <= callsBottom) {
    drawText(
        body, ImVec2(area.min.x, y), p.mutedText,
        kiosk::format(StaffStr::StaffCallsMore, ctx.lang, {std::to_string(calls.size() - shown)}),
        callsRight - area.min.x);
  }
  if (entryRows > 0) {
    std::vector<ChoiceCell> cells;
    for (const kiosk::StaffEntry& entry : snap.staffEntries) {
      cells.push_back({entry.label, {}, true, ButtonStyle::Plain});
    }
    GridSpec grid{ImVec2(area.min.x, entriesTop + m.gap()),
                  area.max,
                  perRow,
                  ImVec2(entryW, m.minTarget()),
                  ImVec2(entryW, m.minTarget()),
                  body,
                  "staff-entries"};
    if (pagedInFooter) {
      // Beside 退出, which is on the left of the footer row.
      float logoutW = footerWidth(ctx, ctx.t(StaffStr::Logout));
      grid.pagerTop = ctx.height - m.footerHeight() + (m.footerHeight() - m.minTarget()) / 2;
      grid.pagerLeft = m.margin() + logoutW + m.gap();
      grid.pagerRight = area.max.x;
    }
    int tapped = choiceGrid(ctx, cells, grid);
    if (tapped >= 0) ctx.emit(snap.staffEntries[static_cast<size_t>(tapped)].open);
  }
  if (snap.error) {
    drawText(body, ImVec2(area.min.x, entriesTop - body->FontSize - m.minGap()), p.errorText,
             *snap.error, area.width());
  }

  if (footerButton(ctx, ctx.t(StaffStr::Logout), FooterSide::Left))
    ctx.emit(kiosk::intent::Logout{});
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::StaffMenu,
                                                      drawStaffMenuScreen};
}  // namespace

}  // namespace yizhan::ui
