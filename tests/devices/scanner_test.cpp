// The barcode scanner in both modes against its simulator over a real pty.
#include <catch2/catch.hpp>

#include <linux/input-event-codes.h>

#include <mutex>
#include <random>
#include <thread>

#include "drivers/io/fd_stream.h"
#include "drivers/scanner/barcode_scanner.h"
#include "drivers/scanner/keyboard_wedge_decoder.h"
#include "drivers/scanner/scan_line_reader.h"
#include "drivers/scanner/sim/scanner_simulator.h"

using namespace yizhan::drivers;
using namespace std::chrono_literals;
using sim::ScannerSimulator;

namespace {
struct Scans {
  std::mutex mutex;
  std::vector<std::string> got;
  void add(const std::string& s) {
    std::lock_guard lock(mutex);
    got.push_back(s);
  }
  std::vector<std::string> wait(size_t n) {
    for (int i = 0; i < 200; ++i) {
      {
        std::lock_guard lock(mutex);
        if (got.size() >= n) return got;
      }
      std::this_thread::sleep_for(10ms);
    }
    std::lock_guard lock(mutex);
    return got;
  }
};
}  // namespace

TEST_CASE("serial lines: CR, LF or CR LF end a scan, short and overlong lines are noise",
          "[scanner]") {
  ScanLineReader reader({.minLength = 4, .maxLength = 16});
  std::string in = "VOL-0042\r\nAB\nVOL-0043\rTHIS-LINE-IS-FAR-TOO-LONG\r\n\r\nVOL-";
  auto scans = reader.feed(std::span(reinterpret_cast<const std::uint8_t*>(in.data()), in.size()));
  CHECK(scans == std::vector<std::string>{"VOL-0042", "VOL-0043"});
  CHECK(reader.rejected() == 2);
  std::string rest = "0044\n";
  CHECK(reader.feed(std::span(reinterpret_cast<const std::uint8_t*>(rest.data()), rest.size())) ==
        std::vector<std::string>{"VOL-0044"});
}

TEST_CASE("keyboard bursts: fast keys ending in Enter are a scan, typing is not", "[scanner]") {
  KeyboardWedgeDecoder d;
  std::chrono::microseconds t{0};
  auto press = [&](std::uint16_t code, std::chrono::milliseconds gap) {
    t += gap;
    auto r = d.onKey(code, 1, t);
    d.onKey(code, 0, t + 100us);
    return r;
  };
  for (auto k : {KEY_V, KEY_O, KEY_L, KEY_1, KEY_2}) CHECK_FALSE(press(k, 3ms));
  auto scan = press(KEY_ENTER, 3ms);
  REQUIRE(scan);
  CHECK(*scan == "vol12");
  // A person: the same keys 150 ms apart.
  for (auto k : {KEY_V, KEY_O, KEY_L, KEY_1, KEY_2}) press(k, 150ms);
  CHECK_FALSE(press(KEY_ENTER, 150ms));
  // Too short, even if fast.
  press(KEY_1, 3ms);
  CHECK_FALSE(press(KEY_ENTER, 3ms));
  // Shift gives capitals.
  t += 1s;
  d.onKey(KEY_LEFTSHIFT, 1, t);
  for (auto k : {KEY_V, KEY_O, KEY_L}) press(k, 2ms);
  d.onKey(KEY_LEFTSHIFT, 0, t);
  press(KEY_MINUS, 2ms);
  press(KEY_7, 2ms);
  CHECK(press(KEY_ENTER, 2ms) == std::optional<std::string>("VOL-7"));
  CHECK(d.rejected() == 2);
}

TEST_CASE("random keys and bytes give only scans within the rules, and a real scan after them",
          "[scanner]") {
  std::mt19937 rng(11);
  const ScanRules rules{.minLength = 4, .maxLength = 32};
  KeyboardWedgeDecoder d({.lengths = rules});
  ScanLineReader lines(rules);
  ScanLineReader linesByteAtATime(rules);
  std::chrono::microseconds t{0};
  std::vector<std::uint8_t> noise;
  size_t keyScans = 0;
  std::vector<std::string> byteScans;
  for (int i = 0; i < 20000; ++i) {
    // Mostly scanner-fast keys, so bursts and Enters of every length happen.
    t += std::chrono::microseconds(rng() % 4 == 0 ? rng() % 50000 : rng() % 5000);
    auto code = static_cast<std::uint16_t>(rng() % 4 == 0 ? KEY_ENTER : rng() % 64);
    if (auto scan = d.onKey(code, static_cast<std::int32_t>(rng() % 3), t)) {
      ++keyScans;
      CHECK(scan->size() >= rules.minLength);
      CHECK(scan->size() <= rules.maxLength);
    }
    std::uint8_t b = static_cast<std::uint8_t>(rng() % 8 == 0 ? '\n' : rng());
    noise.push_back(b);
    for (auto& s : linesByteAtATime.feed(std::span(&b, 1))) byteScans.push_back(s);
  }
  CHECK(keyScans > 0);
  auto wholeScans = lines.feed(noise);
  CHECK(wholeScans == byteScans);  // the same scans however the bytes arrive
  CHECK_FALSE(wholeScans.empty());
  for (const std::string& s : wholeScans) {
    CHECK(s.size() >= rules.minLength);
    CHECK(s.size() <= rules.maxLength);
    for (char c : s) {
      auto u = static_cast<unsigned char>(c);
      CHECK((u >= 0x20 && u != 0x7F));  // no control byte inside a scan
    }
  }
  // After all that noise (its last, unended line closed first), a real scan comes through whole.
  std::uint8_t lf = '\n';
  lines.feed(std::span(&lf, 1));
  std::string real = "YZA:1:abc\r\n";
  CHECK(lines.feed(std::span(reinterpret_cast<const std::uint8_t*>(real.data()), real.size())) ==
        std::vector<std::string>{"YZA:1:abc"});
  t += 1s;
  d.onKey(KEY_LEFTSHIFT, 0, t);
  d.onKey(KEY_RIGHTSHIFT, 0, t);
  std::optional<std::string> last;
  for (auto k : {KEY_V, KEY_O, KEY_L, KEY_MINUS, KEY_7, KEY_ENTER}) {
    t += 2ms;
    last = d.onKey(static_cast<std::uint16_t>(k), 1, t);
  }
  CHECK(last == std::optional<std::string>("vol-7"));
}

TEST_CASE("a serial-mode scanner delivers scans over the pty", "[scanner]") {
  ScannerSimulator simulator(ScannerSimulator::Mode::SerialLines);
  Scans scans;
  auto scanner = BarcodeScanner::lineMode(FdStream::open(simulator.devicePath(), 9600),
                                          [&](const std::string& s) { scans.add(s); });
  simulator.scan("https://yizhan.example/v/0042", 1ms);
  simulator.raw("x\r\n");  // noise
  simulator.scan("VOL-2026-0043", 1ms);
  CHECK(scans.wait(2) ==
        std::vector<std::string>{"https://yizhan.example/v/0042", "VOL-2026-0043"});
  CHECK(scanner->health().state == HealthState::Ok);
}

TEST_CASE("a keyboard-mode scanner's bursts arrive, a person typing does not", "[scanner]") {
  ScannerSimulator simulator(ScannerSimulator::Mode::KeyboardEvents);
  Scans scans;
  auto scanner = BarcodeScanner::keyboardMode(simulator.devicePath(),
                                              [&](const std::string& s) { scans.add(s); });
  simulator.type("1234\n", 120ms);
  simulator.scan("VOL-2026-0042", 2ms);
  CHECK(scans.wait(1) == std::vector<std::string>{"VOL-2026-0042"});
  std::this_thread::sleep_for(100ms);
  CHECK(scans.wait(1).size() == 1);
  CHECK(scanner->rejected() == 1);
}

TEST_CASE("an unplugged scanner device is a clear error", "[scanner]") {
  CHECK_THROWS_AS(BarcodeScanner::keyboardMode("/dev/input/no-such-event", [](auto&) {}),
                  DeviceIoError);
}
