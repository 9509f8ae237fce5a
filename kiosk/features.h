#pragma once
// What the features of a station add to the kiosk (kiosk/features.cpp lists them).
#include <functional>
#include <string_view>

#include "kiosk/base/strings.h"

namespace yizhan::kiosk {

// Visits every string of every feature's catalog in the language, for building the font atlas.
void forEachText(Lang lang, const std::function<void(std::string_view)>& visit);

// makeFlows (kiosk/session/session.h) is defined there too.

}  // namespace yizhan::kiosk
