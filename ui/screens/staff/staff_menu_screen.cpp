#include <algorithm>
#include <string>

#include "kiosk/devices/device_strings.h"
#include "kiosk/queue/queue_strings.h"
#include "kiosk/queue/take_number_flow.h"
#include "kiosk/staff/staff_menu_flow.h"
#include "kiosk/staff/staff_strings.h"
#include "kiosk/sync/sync_strings.h"
#include "ui/screens/screen_registry.h"
#include "ui/screens/sync/sync_status_text.h"
#include "ui/widgets/big_button.h"
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
  float badgeW = 120.0f * m.scale;
  float badgeH = body->FontSize + m.gap();
  for (const kiosk::DeviceView& d : snap.devices) {
    // Drivers word their own messages: their glyphs join the atlas before the next frame.
    ctx.fonts.require(d.name);
    ctx.fonts.require(d.message);
    if (y + badgeH > max.y) break;
    using drivers::HealthState;
    Rgb color = d.state == HealthState::Ok        ? p.deviceOk
                : d.state == HealthState::Warning ? p.deviceWarning
                                                  : p.deviceFault;
    auto word = d.state == HealthState::Ok        ? DeviceStr::DeviceOk
                : d.state == HealthState::Warning ? DeviceStr::DeviceWarning
                                                  : DeviceStr::DeviceFault;
    draw->AddRectFilled(ImVec2(min.x, y), ImVec2(min.x + badgeW, y + badgeH), toImU32(color),
                        8.0f * m.scale);
    drawTextCentered(body, min.x + badgeW / 2, y + m.gap() / 2, p.onDevice, ctx.t(word));
    drawText(body, ImVec2(min.x + badgeW + m.gap(), y + m.gap() / 2), p.text, d.name);
    y += badgeH + m.minGap();
    if (!d.message.empty()) {
      ImVec2 size =
          drawText(body, ImVec2(min.x, y), d.state == HealthState::Fault ? p.errorText : p.text,
                   d.message, max.x - min.x);
      y += size.y + m.gap();
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

  float y = area.min.y;
  std::string info =
      kiosk::format(StaffStr::SystemInfo, ctx.lang,
                    {snap.stationId, snap.appVersion, std::to_string(snap.schemaVersion)});
  drawText(body, ImVec2(area.min.x, y), p.mutedText, info);
  if (snap.sync.running) {
    // Beside the system line: is the district getting our records, and how many wait.
    SyncStateText state = syncStateText(snap.sync);
    std::string line = kiosk::format(SyncStr::StaffSyncLine, ctx.lang,
                                     {ctx.t(state.word), std::to_string(snap.sync.backlog)});
    drawText(body, ImVec2(area.min.x + area.width() * 0.6f + m.gap(), y), state.color, line);
  }
  y += body->FontSize + 2 * m.gap();

  // Calls on the left, devices on the right.
  float columnX = area.min.x + area.width() * 0.6f;
  drawDeviceStrip(snap, ctx, ImVec2(columnX + m.gap(), y), area.max);
  const float callsRight = columnX - m.gap();

  drawText(heading, ImVec2(area.min.x, y), p.text, ctx.t(StaffStr::StaffCallsHeading));
  y += heading->FontSize + m.gap();

  // Counters at the bottom of the left column: tap one to call numbers from it.
  float counterH = m.minTarget();
  float countersTop = area.max.y - counterH - heading->FontSize - m.minGap();
  const size_t shown = snap.staffEntries.empty() ? 4 : 2;
  float rowH = 120.0f * m.scale;
  float buttonW = 260.0f * m.scale;
  if (snap.part<kiosk::StaffMenuPart>().openCalls.empty()) {
    drawText(body, ImVec2(area.min.x, y), p.mutedText, ctx.t(StaffStr::StaffCallsNone));
  }
  for (size_t i = 0; i < std::min(shown, snap.part<kiosk::StaffMenuPart>().openCalls.size()); ++i) {
    const auto& call = snap.part<kiosk::StaffMenuPart>().openCalls[i];
    std::string line = kiosk::format(StaffStr::StaffCallItem, ctx.lang, {call.raisedClock});
    drawText(body, ImVec2(area.min.x, y + (rowH - body->FontSize) / 2), p.text, line);
    ImVec2 pos(callsRight - buttonW, y + (rowH - m.minTarget()) / 2);
    if (bigButton(ctx, ctx.t(StaffStr::StaffCallHandled),
                  {pos, ImVec2(buttonW, m.minTarget()), ButtonStyle::Primary, true, nullptr,
                   reinterpret_cast<const void*>(static_cast<intptr_t>(call.id))})) {
      ctx.emit(kiosk::intent::HandleStaffCall{call.id});
    }
    y += rowH + m.minGap();
  }
  // Tickets the printer failed: a button each to print them again.
  for (const auto& failed : snap.part<kiosk::TakeNumberPart>().failedPrints) {
    if (y + rowH > countersTop - m.gap()) break;
    std::string line = kiosk::format(QueueStr::FailedPrintItem, ctx.lang, {failed.code});
    drawText(body, ImVec2(area.min.x, y + (rowH - body->FontSize) / 2), p.errorText, line);
    ImVec2 pos(callsRight - buttonW, y + (rowH - m.minTarget()) / 2);
    if (bigButton(ctx, ctx.t(QueueStr::Reprint),
                  {pos, ImVec2(buttonW, m.minTarget()), ButtonStyle::Primary, true, nullptr,
                   reinterpret_cast<const void*>(static_cast<intptr_t>(-failed.id))})) {
      ctx.emit(kiosk::intent::ReprintTicket{failed.id});
    }
    y += rowH + m.minGap();
  }
  if (snap.part<kiosk::StaffMenuPart>().openCalls.size() > shown) {
    drawText(body, ImVec2(area.min.x, y), p.mutedText,
             kiosk::format(
                 StaffStr::StaffCallsMore, ctx.lang,
                 {std::to_string(snap.part<kiosk::StaffMenuPart>().openCalls.size() - shown)}));
  }
  if (!snap.staffEntries.empty()) {
    drawText(heading, ImVec2(area.min.x, countersTop), p.text, ctx.t(QueueStr::CountersHeading));
    // One row of what the features offer staff (counters, figures, register, sync, …).
    float buttons = static_cast<float>(snap.staffEntries.size());
    float cw = std::min(300.0f * m.scale,
                        (callsRight - area.min.x - (buttons - 1) * m.minGap()) / buttons);
    for (size_t i = 0; i < snap.staffEntries.size(); ++i) {
      const kiosk::StaffEntry& entry = snap.staffEntries[i];
      ctx.fonts.require(entry.label);
      ImVec2 pos(area.min.x + static_cast<float>(i) * (cw + m.minGap()), area.max.y - counterH);
      if (bigButton(ctx, entry.label,
                    {pos, ImVec2(cw, counterH), ButtonStyle::Plain, true, body})) {
        ctx.emit(entry.open);
      }
    }
  }
  if (snap.error) {
    drawText(body, ImVec2(area.min.x, countersTop - body->FontSize - m.minGap()), p.errorText,
             *snap.error);
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
