#include "ui/screens/requests/request_slip_line.h"

#include "kiosk/requests/request_strings.h"

namespace yizhan::ui {

using kiosk::ReqStr;

float requestSlipLine(UiContext& ctx, const ContentArea& column, float y, kiosk::PrintState print,
                      const std::string& problem) {
  const Palette& p = palette();
  switch (print) {
    case kiosk::PrintState::Printing:
      return centredLine(ctx, column, y, std::string(ctx.t(ReqStr::SlipPrinting)), p.mutedText);
    case kiosk::PrintState::Printed:
      return centredLine(ctx, column, y, std::string(ctx.t(ReqStr::SlipTake)), p.calmText);
    case kiosk::PrintState::Failed:
      return centredLine(ctx, column, y, kiosk::format(ReqStr::SlipNotPrinted, ctx.lang, {problem}),
                         p.errorText);
  }
  return y;
}

}  // namespace yizhan::ui
