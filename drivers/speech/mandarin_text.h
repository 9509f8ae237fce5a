#pragma once
// Text for the Mandarin voice. Ticket numbers are read digit by digit, the way stations call
// them ("A 零 一 二", not "A 十二"), so every character gets its own syllable.
#include <string>
#include <string_view>

namespace yizhan::drivers {

// "A012" → "A 零 一 二"; letters stay letters, digits become 零…九, separated by spaces.
std::string spellTicketNumber(std::string_view code);

// A counter number as said in "三号窗口": 1-99 in Chinese numerals (3 → 三, 12 → 十二,
// 20 → 二十); other numbers stay digits.
std::string counterNumeral(int n);

}  // namespace yizhan::drivers
