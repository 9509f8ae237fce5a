#pragma once
// The counter console's answers (its page words are in console_text.cpp).
// Each feature keeps its own words; kiosk/app/text_catalogs.cpp hands every catalog to the
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
std::span<const TextEntry<ConsoleStr>> catalogOf(ConsoleStr);

}  // namespace yizhan::kiosk
