#include <algorithm>

#include "kiosk/appointments/appointment_strings.h"
#include "kiosk/appointments/booking_flow.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/choice_grid.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::ApptStr;
using kiosk::Str;

void drawBookSlotScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  std::string serviceName = snap.part<kiosk::BookingPart>().booking
                                ? snap.part<kiosk::BookingPart>().booking->serviceName
                                : std::string();
  std::string title = kiosk::format(ApptStr::ApptSlotTitle, ctx.lang, {serviceName});
  ctx.fonts.require(title);
  ContentArea area = beginScreen(ctx, snap, title);
  if (!snap.part<kiosk::BookingPart>().booking) {
    endScreen();
    return;
  }
  ImFont* body = ctx.fonts.body();

  // Days in one row: the chosen one filled, days without a free place greyed.
  std::vector<ChoiceCell> days;
  for (const kiosk::BookingDayChoice& d : snap.part<kiosk::BookingPart>().bookingDays) {
    bool chosen = d.day == snap.part<kiosk::BookingPart>().booking->day;
    days.push_back({d.label, d.detail, d.available || chosen,
                    chosen ? ButtonStyle::Primary : ButtonStyle::Plain});
  }
  float dayH = 130.0f * m.scale;
  GridSpec dayRow{area.min, ImVec2(area.max.x, area.min.y + dayH),
                  static_cast<int>(std::max<size_t>(days.size(), 1)),
                  ImVec2(300.0f * m.scale, dayH), ctx.fonts.heading()};
  int day = choiceGrid(ctx, days, dayRow);
  if (day >= 0) {
    ctx.emit(kiosk::intent::ChooseBookingDay{
        snap.part<kiosk::BookingPart>().bookingDays[static_cast<size_t>(day)].day});
  }

  // Times of that day: five a row, morning first.
  float top = area.min.y + dayH + 2 * m.gap();
  float errorBand = body->FontSize + m.gap();
  std::vector<ChoiceCell> slots;
  for (const kiosk::SlotChoice& s : snap.part<kiosk::BookingPart>().slots) {
    slots.push_back({s.label, s.status, s.available, ButtonStyle::Primary});
  }
  if (slots.empty()) {
    drawTextCentered(ctx.fonts.heading(), area.centerX(), top + m.gap(), p.text,
                     ctx.t(ApptStr::ApptDayNoSlots), area.width());
  }
  GridSpec grid{ImVec2(area.min.x, top), ImVec2(area.max.x, area.max.y - errorBand), 5,
                ImVec2(320.0f * m.scale, 170.0f * m.scale), ctx.fonts.heading()};
  int slot = choiceGrid(ctx, slots, grid);
  if (slot >= 0)
    ctx.emit(kiosk::intent::ChooseSlot{
        snap.part<kiosk::BookingPart>().slots[static_cast<size_t>(slot)].start});

  if (snap.error) {
    drawTextCentered(body, area.centerX(), area.max.y - body->FontSize, p.errorText, *snap.error);
  }
  residentFooter(ctx);
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::BookSlot, drawBookSlotScreen};
}  // namespace

}  // namespace yizhan::ui
