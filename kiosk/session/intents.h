#pragma once
// What a screen can ask for. Each feature declares its own intents beside its flow (e.g.
// intent::ChooseSlot in kiosk/appointments/booking_flow.h); the session carries any of them
// to the flows without a list of them all. Here are the ones every screen may send.
#include <any>
#include <concepts>
#include <string_view>
#include <type_traits>

namespace yizhan::kiosk {

// A home tile, declared by the flow that shows it (e.g. tiles::TakeNumber in
// kiosk/queue/take_number_flow.h); each is shown only when its feature works, in `order`.
struct TileId {
  std::string_view name;
  int order = 0;
  constexpr bool operator==(const TileId& other) const { return name == other.name; }
};

class Intent {
 public:
  template <typename I>
  requires(!std::same_as<std::remove_cvref_t<I>, Intent>) Intent(I intent)
      : value_(std::move(intent)) {}
  // The intent as the struct `I`, or null when it is another.
  template <typename I>
  const I* as() const {
    return std::any_cast<I>(&value_);
  }

 private:
  std::any value_;
};

namespace intent {
struct OpenTile {
  TileId tile;
};
struct Back {};
// 再听一遍: the showing screen's prompt once more.
struct HearAgain {};
// The digit keypad (the staff PIN, a mobile number).
struct KeypadKey {
  char key;  // '0'-'9' or 'X'
};
struct KeypadDelete {};
struct KeypadConfirm {};
}  // namespace intent

}  // namespace yizhan::kiosk
