#pragma once
// A station key kept in its own file beside the database (keys/), never inside it: read it, or
// make a random one (mode 0600 in a 0700 directory) the first time. A copied database alone
// then reveals nothing keyed or sealed with it.
#include <array>
#include <filesystem>
#include <string_view>

namespace yizhan::kiosk {

using StationKeyBytes = std::array<unsigned char, 32>;

// Throws std::runtime_error naming the file and `what` it holds when it is short or unreadable.
StationKeyBytes loadOrCreateKeyFile(const std::filesystem::path& file, std::string_view what);

}  // namespace yizhan::kiosk
