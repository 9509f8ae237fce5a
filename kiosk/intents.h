#pragma once
// What a screen can ask for. Screens emit intents; the session turns them into domain calls.
#include <cstdint>
#include <variant>

namespace yizhan::kiosk {

// Home tiles, each shown only when its feature works.
enum class TileId { CallStaff };

namespace intent {
struct OpenTile {
  TileId tile;
};
struct OpenStaffLogin {};
struct Back {};
struct KeypadKey {
  char key;  // '0'-'9' or 'X'
};
struct KeypadDelete {};
struct KeypadConfirm {};
struct HandleStaffCall {
  std::int64_t id;
};
struct Logout {};
}  // namespace intent

using Intent = std::variant<intent::OpenTile, intent::OpenStaffLogin, intent::Back,
                            intent::KeypadKey, intent::KeypadDelete, intent::KeypadConfirm,
                            intent::HandleStaffCall, intent::Logout>;

}  // namespace yizhan::kiosk
