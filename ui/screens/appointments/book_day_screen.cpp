#include <vector>

#include "kiosk/appointments/appointment_strings.h"
#include "kiosk/appointments/booking_flow.h"
#include "ui/screens/appointments/booking_step.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/choice_grid.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::ApptStr;

// Which day: the open days as big buttons, a full day greyed and saying 已约满, the day chosen
// before (coming back with 返回) ringed and ticked.
void drawBookDayScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Metrics& m = ctx.metrics;
  const auto& part = snap.part<kiosk::BookingPart>();
  std::string serviceName = part.booking ? part.booking->serviceName : std::string();
  std::string title = kiosk::format(ApptStr::ApptDayTitle, ctx.lang, {serviceName});
  ContentArea area = bookingStep(ctx, beginScreen(ctx, snap, title), 2, serviceName);
  if (part.booking) {
    std::vector<ChoiceCell> days;
    for (const kiosk::BookingDayChoice& d : part.bookingDays) {
      ChoiceCell cell{d.label, d.detail, d.available, ButtonStyle::Primary};
      cell.chosen = d.day == part.booking->day;
      days.push_back(cell);
    }
    GridSpec grid{area.min,
                  area.max,
                  m.portrait ? 2 : 3,
                  ImVec2(m.px(110.0f), m.px(55.0f)),
                  ImVec2(m.px(70.0f), m.px(38.0f)),
                  ctx.fonts.heading(),
                  "book-days"};
    int day = choiceGrid(ctx, days, grid);
    if (day >= 0) {
      ctx.emit(kiosk::intent::ChooseBookingDay{part.bookingDays[static_cast<size_t>(day)].day});
    }
  }
  residentFooter(ctx, snap);
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::BookDay, drawBookDayScreen};
}  // namespace

}  // namespace yizhan::ui
