#include "drivers/speech/mandarin_text.h"

namespace yizhan::drivers {

std::string spellTicketNumber(std::string_view code) {
  static constexpr const char* kDigits[] = {"零", "一", "二", "三", "四",
                                            "五", "六", "七", "八", "九"};
  std::string out;
  for (char c : code) {
    if (c == ' ') continue;
    if (!out.empty()) out += ' ';
    if (c >= '0' && c <= '9') {
      out += kDigits[c - '0'];
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace yizhan::drivers
