#include "ui/screens/appointments/booking_step.h"

#include "ui/widgets/step_line.h"

namespace yizhan::ui {

ContentArea bookingStep(UiContext& ctx, const ContentArea& area, int step,
                        std::string_view chosen) {
  return stepLine(ctx, area, step, kBookingSteps, chosen);
}

}  // namespace yizhan::ui
