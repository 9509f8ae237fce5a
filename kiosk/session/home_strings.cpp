#include "kiosk/session/home_strings.h"

namespace yizhan::kiosk {

namespace {
// Short, spoken-style, polite: these are read by elderly residents and said aloud.
constexpr TextEntry<HomeStr> kEntries[] = {
    {HomeStr::HomeHint, "请点击您要办理的事项", "Tap what you need"},
    {HomeStr::HomeNotice, "通知：{0}", "Notice: {0}"},
    {HomeStr::ScanUnknown, "这个码本机认不出来，请找工作人员",
     "This code is not one of ours; ask staff"},
};
static_assert(isCompleteCatalog(kEntries), "every HomeStr needs one entry, in the enum's order");
}  // namespace

std::span<const TextEntry<HomeStr>> catalogOf(HomeStr) {
  return kEntries;
}

}  // namespace yizhan::kiosk
