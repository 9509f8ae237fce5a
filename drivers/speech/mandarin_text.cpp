#include "drivers/speech/mandarin_text.h"

namespace yizhan::drivers {

namespace {
constexpr const char* kDigits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
}

std::string spellTicketNumber(std::string_view code) {
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

std::string counterNumeral(int n) {
  if (n < 1 || n > 99) return std::to_string(n);
  if (n < 10) return kDigits[n];
  std::string out = n >= 20 ? std::string(kDigits[n / 10]) + "十" : "十";
  if (n % 10) out += kDigits[n % 10];
  return out;
}

}  // namespace yizhan::drivers
