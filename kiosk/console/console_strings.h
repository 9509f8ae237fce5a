#pragma once
// The counter console's answers (its page words are in console_text.cpp).
// Each feature keeps its own words; kiosk/features.cpp hands every catalog to the
// font atlas.
#include "kiosk/base/strings.h"

namespace yizhan::kiosk {

enum class ConsoleStr : int {
  ConsoleChooseCounter,
  ConsoleLoginFirst,
  ConsoleTooLarge,
  ConsoleForeignPage,
  ConsoleNotFound,
  ConsoleError,
  Count
};

// Short, spoken-style, polite: these are read by elderly residents and said aloud.
inline constexpr TextEntry<ConsoleStr> kConsoleStrEntries[] = {
    {ConsoleStr::ConsoleChooseCounter, "请选择您的窗口", "Choose your counter"},
    {ConsoleStr::ConsoleLoginFirst, "请先登录", "Please log in first"},
    {ConsoleStr::ConsoleTooLarge, "请求内容太大，未处理", "Request too large; not processed"},
    {ConsoleStr::ConsoleForeignPage, "只能在叫号页面上操作",
     "Only the console's own pages can do this"},
    {ConsoleStr::ConsoleNotFound, "没有这个页面", "No such page"},
    {ConsoleStr::ConsoleError, "出错了，请刷新页面再试",
     "Something went wrong; reload and try again"},
};
static_assert(isCompleteCatalog(kConsoleStrEntries),
              "every ConsoleStr needs one entry, in the enum's order");

inline std::span<const TextEntry<ConsoleStr>> catalogOf(ConsoleStr) {
  return kConsoleStrEntries;
}

}  // namespace yizhan::kiosk
