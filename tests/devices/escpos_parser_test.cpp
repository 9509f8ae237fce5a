// The simulator's ESC/POS parser takes any bytes: split anywhere, truncated, random, lying
// about lengths. It must never crash, hang or read past its input.
#include <catch2/catch.hpp>

#include <random>

#include "drivers/printer/escpos_builder.h"
#include "drivers/printer/sim/escpos_parser.h"
#include "drivers/text/utf8.h"
#include "kiosk/app/config.h"

using namespace yizhan::drivers;

namespace {
std::vector<std::uint8_t> sampleJob() {
  static const TextRaster raster(yizhan::kiosk::Config{}.ui.fontFile,
                                 yizhan::kiosk::Config{}.ui.fontFace);
  PrinterProfile p = *PrinterProfile::named("standard-80mm");
  EscPosBuilder b(p, raster);
  b.align(Align::Center).size(2, 2).line("取号 A012").size(1, 1).line("王䶮");
  b.qr("A012", 4);
  b.feed(2).cut();
  return b.bytes();
}
}  // namespace

TEST_CASE("bytes fed one at a time give the same ticket as all at once", "[printer][parser]") {
  auto job = sampleJob();
  sim::EscPosParser whole, piecewise;
  auto a = whole.feed(job);
  std::vector<sim::PrintedTicket> b;
  for (std::uint8_t byte : job) {
    for (auto& t : piecewise.feed(std::span(&byte, 1))) b.push_back(std::move(t));
  }
  REQUIRE(a.size() == 1);
  REQUIRE(b.size() == 1);
  CHECK(a[0].texts() == b[0].texts());
  CHECK(a[0].qrPayloads() == b[0].qrPayloads());
  CHECK(a[0].imageCount() == b[0].imageCount());
}

TEST_CASE("every truncation of a job parses without a ticket and without harm",
          "[printer][parser]") {
  auto job = sampleJob();
  for (size_t len = 0; len < job.size(); len += 7) {
    sim::EscPosParser parser;
    auto tickets = parser.feed(std::span(job.data(), len));
    CHECK(tickets.empty());  // the cut is the last command
  }
}

namespace {
bool validUtf8(const std::string& s) {
  bool ok = true;
  forEachUtf8(s, [&](char32_t cp, std::string_view) { ok &= cp != kInvalidCodepoint; });
  return ok;
}

// What a ticket is, as comparable text: every element in order.
std::vector<std::string> describe(const std::vector<sim::PrintedTicket>& tickets) {
  std::vector<std::string> out;
  for (const auto& t : tickets) {
    for (const auto& e : t.elements) {
      if (auto* line = std::get_if<sim::TextLine>(&e)) out.push_back("T" + line->text);
      if (auto* qr = std::get_if<sim::QrSymbol>(&e)) out.push_back("Q" + qr->payload);
      if (auto* img = std::get_if<sim::RasterImage>(&e)) {
        out.push_back("I" + std::to_string(img->bitmap.width) + "x" +
                      std::to_string(img->bitmap.height));
      }
      if (auto* feed = std::get_if<sim::Feed>(&e)) out.push_back("F" + std::to_string(feed->lines));
    }
    out.push_back(t.cut ? "CUT" : "NOCUT");
  }
  return out;
}
}  // namespace

TEST_CASE("random and corrupted bytes parse the same in any pieces, within every bound",
          "[printer][parser]") {
  std::mt19937 rng(20261124);
  auto job = sampleJob();
  size_t ticketsSeen = 0;
  for (int round = 0; round < 300; ++round) {
    std::vector<std::uint8_t> bytes = job;
    // Flip some bytes, then append noise weighted towards command prefixes, then a clean job.
    for (int k = 0; k < 20; ++k) bytes[rng() % bytes.size()] = static_cast<std::uint8_t>(rng());
    const std::uint8_t prefixes[] = {0x1B, 0x1D, 0x1C, 0x10, 0x0A};
    for (int k = 0; k < 400; ++k) {
      bytes.push_back(rng() % 3 == 0 ? prefixes[rng() % 5] : static_cast<std::uint8_t>(rng()));
    }
    sim::EscPosParser whole;
    whole.onStatusRequest = [](escpos::StatusKind) {};
    auto wholeTickets = whole.feed(bytes);

    sim::EscPosParser pieces;
    pieces.onStatusRequest = [](escpos::StatusKind) {};
    std::vector<sim::PrintedTicket> pieceTickets;
    size_t at = 0;
    while (at < bytes.size()) {
      size_t n = std::min<size_t>(1 + rng() % 64, bytes.size() - at);
      for (auto& t : pieces.feed(std::span(bytes.data() + at, n))) {
        pieceTickets.push_back(std::move(t));
      }
      at += n;
    }
    // The printer's reading does not depend on how the bytes were split.
    REQUIRE(describe(wholeTickets) == describe(pieceTickets));
    CHECK(whole.skippedBytes() == pieces.skippedBytes());
    CHECK(whole.skippedBytes() <= bytes.size());
    for (const auto& t : wholeTickets) {
      ++ticketsSeen;
      CHECK(t.cut);  // a ticket comes out only at a cut
      for (const auto& e : t.elements) {
        if (auto* line = std::get_if<sim::TextLine>(&e)) {
          CHECK(validUtf8(line->text));
          CHECK(line->text.size() <= 4 * sim::EscPosParser::kMaxTextLine);
        }
        if (auto* img = std::get_if<sim::RasterImage>(&e)) {
          CHECK(img->bitmap.width <= 8 * sim::EscPosParser::kMaxRasterBytesPerRow);
          CHECK(img->bitmap.height <= sim::EscPosParser::kMaxRasterRows);
        }
      }
    }
  }
  // The noise contains cuts (GS V); some rounds must have produced tickets to check.
  CHECK(ticketsSeen > 0);
}

TEST_CASE("an image claiming to be enormous is skipped, not allocated", "[printer][parser]") {
  sim::EscPosParser parser;
  std::vector<std::uint8_t> bytes = {0x1D, 'v', '0', 0,    0xFF, 0xFF, 0xFF,
                                     0xFF, 'o', 'k', '\n', 0x1D, 'V',  1};
  auto tickets = parser.feed(bytes);
  REQUIRE(tickets.size() == 1);
  CHECK(tickets[0].imageCount() == 0);
  CHECK(parser.skippedBytes() == 8);
  CHECK(tickets[0].texts() == std::vector<std::string>{"ok"});
}

TEST_CASE("a QR store command with a short length does not read past it", "[printer][parser]") {
  sim::EscPosParser parser;
  // pL pH = 1: a 6-byte command that stops before its function byte
  std::vector<std::uint8_t> bytes = {0x1D, '(', 'k', 1, 0, '1', 0x1D, 'V', 1};
  auto tickets = parser.feed(bytes);
  REQUIRE(tickets.size() == 1);
  CHECK(tickets[0].qrPayloads().empty());
}
