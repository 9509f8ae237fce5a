#pragma once
// A walk through every screen of a headless kiosk and the states a resident meets on them (a
// card read, a card refused, people ahead, a wrong number), stopping at each for whoever
// measures: the screen audit tests and the audit benchmark. A screen a feature adds and the
// tour does not reach is listed by missedScreens(), so the audit tests fail until it does.
#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "ui/app/headless_kiosk.h"

namespace yizhan::ui {

struct TourStop {
  std::string screen;  // the screen's name
  std::string state;   // what is special about it here ("card-refused"), or empty
  std::string name() const { return state.empty() ? screen : screen + "+" + state; }
};

// The station the audit tours: the defaults, with every feature being built turned on, so its
// screens are held to the rules before residents see them.
kiosk::Config auditedConfig();

// Visits the stops in order, calling `atStop` once the kiosk has settled at each.
void tourEveryScreen(HeadlessKiosk& kiosk, const std::function<void(const TourStop&)>& atStop);

// The screens the station can show that `visited` lacks.
std::vector<std::string> missedScreens(HeadlessKiosk& kiosk, const std::set<std::string>& visited);

}  // namespace yizhan::ui
