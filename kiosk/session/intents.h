#pragma once
// What a screen can ask for. Each feature declares its own intents beside its flow (e.g.
// intent::ChooseSlot in kiosk/appointments/booking_flow.h); the session carries any of them
// to the flows without a list of them all. Here are the ones every screen may send.
#include <any>
#include <concepts>
#include <type_traits>

namespace yizhan::kiosk {

// Home tiles, each shown only when its feature works; the home screen shows them in this order.
enum class TileId { TakeNumber, Appointment, CheckIn, CallStaff };

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
// The digit keypad (the staff PIN, a mobile number).
struct KeypadKey {
  char key;  // '0'-'9' or 'X'
};
struct KeypadDelete {};
struct KeypadConfirm {};
}  // namespace intent

}  // namespace yizhan::kiosk
