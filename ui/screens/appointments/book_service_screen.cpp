#include "kiosk/appointments/appointment_strings.h"
#include "kiosk/appointments/booking_flow.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/choice_grid.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::ApptStr;
using kiosk::Str;

void drawBookServiceScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Metrics& m = ctx.metrics;
  ContentArea area = beginScreen(ctx, snap, ctx.t(ApptStr::ApptServiceTitle));
  std::vector<ChoiceCell> cells;
  for (const kiosk::ServiceChoice& s : snap.part<kiosk::BookingPart>().services) {
    cells.push_back({s.name, s.status, s.available, ButtonStyle::Primary});
  }
  if (cells.empty()) {
    drawTextCentered(ctx.fonts.heading(), area.centerX(), area.min.y + m.gap(), palette().text,
                     ctx.t(ApptStr::ApptNoServices));
  }
  GridSpec grid{area.min, area.max, 2, ImVec2(760.0f * m.scale, 280.0f * m.scale),
                ctx.fonts.display()};
  int tapped = choiceGrid(ctx, cells, grid);
  if (tapped >= 0) {
    ctx.emit(kiosk::intent::ChooseBookingService{
        snap.part<kiosk::BookingPart>().services[static_cast<size_t>(tapped)].id});
  }
  residentFooter(ctx);
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::BookService,
                                                      drawBookServiceScreen};
}  // namespace

}  // namespace yizhan::ui
