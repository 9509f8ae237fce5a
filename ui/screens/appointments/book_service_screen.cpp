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

void drawBookServiceScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Metrics& m = ctx.metrics;
  ContentArea area = bookingStep(ctx, beginScreen(ctx, snap, ctx.t(ApptStr::ApptServiceTitle)), 1);
  std::vector<ChoiceCell> cells;
  for (const kiosk::ServiceChoice& s : snap.part<kiosk::BookingPart>().services) {
    cells.push_back({s.name, s.status, s.available, ButtonStyle::Primary});
  }
  if (cells.empty()) {
    drawTextCentered(ctx.fonts.heading(), area.centerX(), area.min.y + m.gap(), palette().text,
                     ctx.t(ApptStr::ApptNoServices), area.width());
  }
  GridSpec grid{area.min,
                area.max,
                2,
                ImVec2(m.px(190.0f), m.px(70.0f)),
                ImVec2(m.px(110.0f), m.px(40.0f)),
                ctx.fonts.heading(),
                "book-services"};
  int tapped = choiceGrid(ctx, cells, grid);
  if (tapped >= 0) {
    ctx.emit(kiosk::intent::ChooseBookingService{
        snap.part<kiosk::BookingPart>().services[static_cast<size_t>(tapped)].id});
  }
  residentFooter(ctx, snap);
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::BookService,
                                                      drawBookServiceScreen};
}  // namespace

}  // namespace yizhan::ui
