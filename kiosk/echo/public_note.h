#pragma once
// What was done, as the echo wall (回音墙) may show it to the whole waiting room: the note a
// volunteer or department wrote, without what would name or find a person — the names the
// station knows in it (the resident's, the volunteer's, from their masked forms 张*兰), a
// surname with a form of address (张阿姨 → 阿姨), room and phone and ID numbers (a run of
// three or more digits, unless a measure word makes it an amount: 200元), and units (2单元);
// cut to a length a wall can show.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace yizhan::kiosk {

struct KnownName {
  std::string masked;       // 张*兰: each * stands for one character
  std::string replacement;  // 居民, 志愿者
};

inline constexpr std::size_t kPublicNoteCharacters = 40;

std::string publicNote(std::string_view note, const std::vector<KnownName>& names);

}  // namespace yizhan::kiosk
