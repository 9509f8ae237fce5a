#include "drivers/scanner/sim/scanner_simulator.h"

#include <linux/input.h>
#include <sys/time.h>
#include <unistd.h>

#include <cctype>
#include <thread>
#include <vector>

namespace yizhan::drivers::sim {

namespace {
// The inverse of the decoder's US layout, for the characters QR payloads use.
std::pair<std::uint16_t, bool> keyFor(char c) {
  static const std::string kRow1 = "1234567890";
  static constexpr std::uint16_t kRow1Keys[] = {KEY_1, KEY_2, KEY_3, KEY_4, KEY_5,
                                                KEY_6, KEY_7, KEY_8, KEY_9, KEY_0};
  static const std::string kLetters = "qwertyuiopasdfghjklzxcvbnm";
  static constexpr std::uint16_t kLetterKeys[] = {
      KEY_Q, KEY_W, KEY_E, KEY_R, KEY_T, KEY_Y, KEY_U, KEY_I, KEY_O, KEY_P, KEY_A, KEY_S, KEY_D,
      KEY_F, KEY_G, KEY_H, KEY_J, KEY_K, KEY_L, KEY_Z, KEY_X, KEY_C, KEY_V, KEY_B, KEY_N, KEY_M};
  if (auto i = kRow1.find(c); i != std::string::npos) return {kRow1Keys[i], false};
  char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (auto i = kLetters.find(lower); i != std::string::npos) {
    return {kLetterKeys[i], std::isupper(static_cast<unsigned char>(c)) != 0};
  }
  switch (c) {
    case '-':
      return {KEY_MINUS, false};
    case '_':
      return {KEY_MINUS, true};
    case '.':
      return {KEY_DOT, false};
    case '/':
      return {KEY_SLASH, false};
    case ':':
      return {KEY_SEMICOLON, true};
    case '?':
      return {KEY_SLASH, true};
    case '=':
      return {KEY_EQUAL, false};
    case '&':
      return {KEY_7, true};
    default:
      return {KEY_SPACE, false};
  }
}
}  // namespace

void ScannerSimulator::raw(const std::string& bytes) {
  [[maybe_unused]] ssize_t n = ::write(pty_.master(), bytes.data(), bytes.size());
}

void ScannerSimulator::keys(const std::string& text, std::chrono::milliseconds gap) {
  auto emit = [&](std::uint16_t code, std::int32_t value) {
    input_event e{};
    timeval now{};
    ::gettimeofday(&now, nullptr);
    e.input_event_sec = now.tv_sec;
    e.input_event_usec = now.tv_usec;
    e.type = EV_KEY;
    e.code = code;
    e.value = value;
    input_event sync{};
    sync.input_event_sec = now.tv_sec;
    sync.input_event_usec = now.tv_usec;
    sync.type = EV_SYN;
    input_event both[2] = {e, sync};
    [[maybe_unused]] ssize_t n = ::write(pty_.master(), both, sizeof both);
  };
  for (char c : text) {
    auto [code, shift] = c == '\n' ? std::pair<std::uint16_t, bool>{KEY_ENTER, false} : keyFor(c);
    if (shift) emit(KEY_LEFTSHIFT, 1);
    emit(code, 1);
    emit(code, 0);
    if (shift) emit(KEY_LEFTSHIFT, 0);
    std::this_thread::sleep_for(gap);
  }
}

void ScannerSimulator::scan(const std::string& payload, std::chrono::milliseconds keyGap) {
  if (mode_ == Mode::KeyboardEvents) {
    keys(payload + "\n", keyGap);
    return;
  }
  for (char c : payload + "\r\n") {
    raw(std::string(1, c));
    std::this_thread::sleep_for(keyGap);
  }
}

void ScannerSimulator::type(const std::string& text, std::chrono::milliseconds keyGap) {
  if (mode_ == Mode::KeyboardEvents) {
    keys(text, keyGap);
  } else {
    for (char c : text) {
      raw(std::string(1, c));
      std::this_thread::sleep_for(keyGap);
    }
  }
}

}  // namespace yizhan::drivers::sim
