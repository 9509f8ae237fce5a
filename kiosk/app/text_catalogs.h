#pragma once
// Every string the kiosk can show or say, from every feature's catalog.
#include <functional>
#include <string_view>

#include "kiosk/base/strings.h"

namespace yizhan::kiosk {

// Visits every string of the language, for building the font atlas.
void forEachText(Lang lang, const std::function<void(std::string_view)>& visit);

}  // namespace yizhan::kiosk
