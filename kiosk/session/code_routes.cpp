#include "kiosk/session/code_routes.h"

#include <stdexcept>

namespace yizhan::kiosk {

void CodeRoutes::declare(std::string prefix, Handler handler) {
  for (const Route& r : routes_) {
    if (r.prefix.rfind(prefix, 0) == 0 || prefix.rfind(r.prefix, 0) == 0) {
      throw std::logic_error("scan prefix " + prefix + " overlaps " + r.prefix);
    }
  }
  routes_.push_back({std::move(prefix), std::move(handler)});
}

bool CodeRoutes::known(std::string_view code) const {
  for (const Route& r : routes_) {
    if (code.substr(0, r.prefix.size()) == r.prefix) return true;
  }
  return false;
}

bool CodeRoutes::route(const std::string& code) const {
  for (const Route& r : routes_) {
    if (code.rfind(r.prefix, 0) == 0) {
      r.handler(code);
      return true;
    }
  }
  return false;
}

}  // namespace yizhan::kiosk
