#include "drivers/printer/printer_profile.h"

namespace yizhan::drivers {

std::optional<PrinterProfile> PrinterProfile::named(std::string_view name) {
  if (name == "standard-80mm") return PrinterProfile{"standard-80mm"};
  if (name == "clone-80mm") {
    PrinterProfile p{"clone-80mm"};
    p.nativeQr = false;
    p.answersStatus = false;
    return p;
  }
  return std::nullopt;
}

}  // namespace yizhan::drivers
