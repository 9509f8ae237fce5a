#include "drivers/scanner/keyboard_wedge_decoder.h"

#include <linux/input-event-codes.h>

namespace yizhan::drivers {

namespace {
// US layout, which scanners emulate by default: key code → (plain, shifted).
std::pair<char, char> characterFor(std::uint16_t code) {
  static constexpr struct {
    std::uint16_t code;
    char plain, shifted;
  } kKeys[] = {
      {KEY_1, '1', '!'},          {KEY_2, '2', '@'},           {KEY_3, '3', '#'},
      {KEY_4, '4', '$'},          {KEY_5, '5', '%'},           {KEY_6, '6', '^'},
      {KEY_7, '7', '&'},          {KEY_8, '8', '*'},           {KEY_9, '9', '('},
      {KEY_0, '0', ')'},          {KEY_MINUS, '-', '_'},       {KEY_EQUAL, '=', '+'},
      {KEY_Q, 'q', 'Q'},          {KEY_W, 'w', 'W'},           {KEY_E, 'e', 'E'},
      {KEY_R, 'r', 'R'},          {KEY_T, 't', 'T'},           {KEY_Y, 'y', 'Y'},
      {KEY_U, 'u', 'U'},          {KEY_I, 'i', 'I'},           {KEY_O, 'o', 'O'},
      {KEY_P, 'p', 'P'},          {KEY_LEFTBRACE, '[', '{'},   {KEY_RIGHTBRACE, ']', '}'},
      {KEY_A, 'a', 'A'},          {KEY_S, 's', 'S'},           {KEY_D, 'd', 'D'},
      {KEY_F, 'f', 'F'},          {KEY_G, 'g', 'G'},           {KEY_H, 'h', 'H'},
      {KEY_J, 'j', 'J'},          {KEY_K, 'k', 'K'},           {KEY_L, 'l', 'L'},
      {KEY_SEMICOLON, ';', ':'},  {KEY_APOSTROPHE, '\'', '"'}, {KEY_GRAVE, '`', '~'},
      {KEY_BACKSLASH, '\\', '|'}, {KEY_Z, 'z', 'Z'},           {KEY_X, 'x', 'X'},
      {KEY_C, 'c', 'C'},          {KEY_V, 'v', 'V'},           {KEY_B, 'b', 'B'},
      {KEY_N, 'n', 'N'},          {KEY_M, 'm', 'M'},           {KEY_COMMA, ',', '<'},
      {KEY_DOT, '.', '>'},        {KEY_SLASH, '/', '?'},       {KEY_SPACE, ' ', ' '},
  };
  for (const auto& k : kKeys) {
    if (k.code == code) return {k.plain, k.shifted};
  }
  return {0, 0};
}
}  // namespace

std::optional<std::string> KeyboardWedgeDecoder::onKey(std::uint16_t code, std::int32_t value,
                                                       std::chrono::microseconds when) {
  if (code == KEY_LEFTSHIFT || code == KEY_RIGHTSHIFT) {
    shift_ = value != 0;
    return std::nullopt;
  }
  if (value != 1) return std::nullopt;  // presses only; releases and repeats carry nothing
  bool quick = !lastKey_ || when - *lastKey_ <= rules_.maxKeyGap;
  lastKey_ = when;
  if (code == KEY_ENTER || code == KEY_KPENTER) {
    // A slow Enter was pressed by a person, whatever came before it.
    bool scan = quick && burst_.size() >= rules_.lengths.minLength &&
                burst_.size() <= rules_.lengths.maxLength;
    std::string done = std::move(burst_);
    burst_.clear();
    if (!scan && !done.empty()) ++rejected_;
    if (scan) return done;
    return std::nullopt;
  }
  auto [plain, shifted] = characterFor(code);
  if (plain == 0) return std::nullopt;
  if (!quick) burst_.clear();  // what came before the pause was typing; a burst may start now
  if (burst_.size() < rules_.lengths.maxLength + 1) burst_.push_back(shift_ ? shifted : plain);
  return std::nullopt;
}

}  // namespace yizhan::drivers
