#pragma once
// The home screen's words and what it says of a scan nobody takes.
// Each feature keeps its own words; kiosk/features.cpp hands every catalog to the
// font atlas.
#include "kiosk/base/strings.h"

namespace yizhan::kiosk {

enum class HomeStr : int { HomeHint, HomeSpoken, HomeNotice, ScanUnknown, StaffCornerHint, Count };

// Short, spoken-style, polite: these are read by elderly residents and said aloud.
inline constexpr TextEntry<HomeStr> kHomeStrEntries[] = {
    {HomeStr::HomeHint, "没有预约，请点“取号排队”", "No booking? Tap Take a number"},
    {HomeStr::HomeSpoken, "欢迎来到{0}。没有预约，请点“取号排队”",
     "Welcome to {0}. No booking? Tap Take a number"},
    {HomeStr::HomeNotice, "通知：{0}", "Notice: {0}"},
    {HomeStr::ScanUnknown, "这个码本机认不出来，请找工作人员",
     "This code is not one of ours; ask staff"},
    {HomeStr::StaffCornerHint, "工作人员请按住两秒", "Staff: hold two seconds"},
};
static_assert(isCompleteCatalog(kHomeStrEntries),
              "every HomeStr needs one entry, in the enum's order");

inline std::span<const TextEntry<HomeStr>> catalogOf(HomeStr) {
  return kHomeStrEntries;
}

}  // namespace yizhan::kiosk
