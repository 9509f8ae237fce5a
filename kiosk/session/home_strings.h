#pragma once
// The home screen's words and what it says of a scan nobody takes.
// Each feature keeps its own words; kiosk/features.cpp hands every catalog to the
// font atlas.
#include "kiosk/base/strings.h"

namespace yizhan::kiosk {

enum class HomeStr : int { HomeHint, HomeNotice, ScanUnknown, Count };

// Short, spoken-style, polite: these are read by elderly residents and said aloud.
inline constexpr TextEntry<HomeStr> kHomeStrEntries[] = {
    {HomeStr::HomeHint, "请点击您要办理的事项", "Tap what you need"},
    {HomeStr::HomeNotice, "通知：{0}", "Notice: {0}"},
    {HomeStr::ScanUnknown, "这个码本机认不出来，请找工作人员",
     "This code is not one of ours; ask staff"},
};
static_assert(isCompleteCatalog(kHomeStrEntries),
              "every HomeStr needs one entry, in the enum's order");

inline std::span<const TextEntry<HomeStr>> catalogOf(HomeStr) {
  return kHomeStrEntries;
}

}  // namespace yizhan::kiosk
