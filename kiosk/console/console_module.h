#pragma once
// One feature's part of the counter console: its routes, and its part of the counter state
// that every page and live stream receives. Registered with the console in one place
// (kiosk/console/counter_console.cpp).
#include <nlohmann/json.hpp>

namespace yizhan::kiosk {

class ConsoleCore;

class ConsoleModule {
 public:
  virtual ~ConsoleModule() = default;
  virtual void addRoutes(ConsoleCore& core) = 0;
  // Adds this feature's fields to `state`, the counter's state (the store lock is held).
  virtual void addState(int counter, nlohmann::json& state) = 0;
  // Staff logged in at `counter` (the store lock is held).
  virtual void counterOpened(int /*counter*/) {}
};

}  // namespace yizhan::kiosk
