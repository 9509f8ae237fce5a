#pragma once
// Where a code read by the QR scanner goes. Each feature declares the prefix of the codes it
// prints (YZA: a booking slip, YZT: a queue ticket; volunteers' cards and request slips will
// bring their own), and a code goes to the feature whose prefix it carries, never to whichever
// feature happens to listen. A code with no known prefix is nobody's.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace yizhan::kiosk {

class CodeRoutes {
 public:
  using Handler = std::function<void(const std::string& code)>;
  // Throws std::logic_error if `prefix` overlaps one already declared (one of them would
  // never see its codes).
  void declare(std::string prefix, Handler handler);
  // Hands `code` to the feature whose prefix it carries; false when there is none.
  bool route(const std::string& code) const;
  bool known(std::string_view code) const;

 private:
  struct Route {
    std::string prefix;
    Handler handler;
  };
  std::vector<Route> routes_;
};

}  // namespace yizhan::kiosk
