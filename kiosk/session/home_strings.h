#pragma once
// The home screen's words and what it says of a scan nobody takes.
// Each feature keeps its own words; kiosk/app/text_catalogs.cpp hands every catalog to the
// font atlas.
#include "kiosk/base/strings.h"

namespace yizhan::kiosk {

enum class HomeStr : int { HomeHint, HomeNotice, ScanUnknown, Count };
std::span<const TextEntry<HomeStr>> catalogOf(HomeStr);

}  // namespace yizhan::kiosk
