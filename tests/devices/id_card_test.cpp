// The ID card reader driver against its simulator over a real pseudo-terminal.
#include <catch2/catch.hpp>

#include <atomic>
#include <random>
#include <thread>

#include "drivers/idcard/card_watcher.h"
#include "drivers/idcard/id_card_reader.h"
#include "drivers/idcard/sim/fixture_cards.h"
#include "drivers/idcard/sim/id_card_simulator.h"
#include "drivers/io/fd_stream.h"

using namespace yizhan::drivers;
using namespace std::chrono_literals;
using Outcome = IdCardReader::Outcome;

namespace {
std::unique_ptr<IdCardReader> connect(const sim::IdCardSimulator& reader) {
  return std::make_unique<IdCardReader>(FdStream::open(reader.devicePath(), 115200));
}
}  // namespace

TEST_CASE("ID numbers: GB 11643 check digit, real birth date, Chinese region", "[idcard]") {
  CHECK(validIdNumber("11010519491231002X"));  // the standard's own example
  CHECK(validIdNumber("11010519491231002x"));
  std::string why;
  CHECK_FALSE(validIdNumber("110105194912310021", &why));
  CHECK(why == "the check digit does not match");
  CHECK_FALSE(validIdNumber(sim::makeIdNumber("110105", "19490230", "002"), &why));
  CHECK(why == "the birth date in the number is not a date");
  CHECK_FALSE(validIdNumber(sim::makeIdNumber("990105", "19491231", "002"), &why));
  CHECK(why == "the region code is not a Chinese region");
  CHECK_FALSE(validIdNumber("1101051949123100", &why));
  CHECK_FALSE(validIdNumber("11010519491231002Y"));
  CHECK(validIdNumber(sim::makeIdNumber("830000", "19700101", "123")));  // Taiwan resident
  CHECK(validIdNumber(sim::makeIdNumber("944076", "19580923", "001")));  // foreigner 2023
  CHECK(validDate("20000229"));
  CHECK_FALSE(validDate("19000229"));
}

TEST_CASE("every card layout survives encoding to the text block and back", "[idcard]") {
  for (const Identity& card :
       {sim::elderlyResident(), sim::residentWithRareName(), sim::residentBeyondBmp(),
        sim::hongKongResident(), sim::foreignResident2017(), sim::foreignResident2023()}) {
    auto block = encodeTextBlock(card);
    REQUIRE(block.size() == kTextBlockSize);
    IdentityResult parsed = parseTextBlock(block);
    INFO(parsed.error);
    REQUIRE(parsed.identity);
    CHECK(parsed.identity->kind == card.kind);
    CHECK(parsed.identity->name == card.name);
    CHECK(parsed.identity->englishName == card.englishName);
    CHECK(parsed.identity->number == card.number);
    CHECK(parsed.identity->birthDate == card.birthDate);
    CHECK(parsed.identity->sex == card.sex);
  }
}

TEST_CASE("a name beyond the Basic Multilingual Plane is read as written, never garbled",
          "[idcard]") {
  // 𠮷 (U+20BB7) is the surrogate pair D842 DFB7 on the card, as the reader returns it.
  std::vector<std::uint8_t> block = encodeTextBlock(sim::residentBeyondBmp());
  CHECK(block[0] == 0x42);
  CHECK(block[1] == 0xD8);
  CHECK(block[2] == 0xB7);
  CHECK(block[3] == 0xDF);
  IdentityResult parsed = parseTextBlock(block);
  REQUIRE(parsed.identity);
  CHECK(parsed.identity->name == "𠮷田芳");
  CHECK(parsed.identity->name.find("\xEF\xBF\xBD") == std::string::npos);  // no U+FFFD
  // A lone half of a pair (a damaged card) becomes one U+FFFD, and the rest still reads.
  std::vector<std::uint8_t> torn = block;
  torn[2] = 0x30;  // the low surrogate becomes 田 (U+7530)
  torn[3] = 0x75;
  CHECK(parseTextBlock(torn).identity->name == "\xEF\xBF\xBD田田芳");

  // And over the pty, from the simulator, as the kiosk meets it.
  sim::IdCardSimulator simulator;
  auto reader = connect(simulator);
  simulator.place(sim::residentBeyondBmp());
  IdCardReader::Attempt a = reader->tryRead();
  REQUIRE(a.outcome == Outcome::Read);
  CHECK(a.identity->name == "𠮷田芳");
}

TEST_CASE("a text block with a forged number or birth date is refused", "[idcard]") {
  Identity card = sim::elderlyResident();
  card.number.back() = card.number.back() == '1' ? '2' : '1';
  CHECK_THAT(parseTextBlock(encodeTextBlock(card)).error, Catch::Contains("check digit"));
  card = sim::elderlyResident();
  card.birthDate = "19480313";  // the number says the 12th
  CHECK_THAT(parseTextBlock(encodeTextBlock(card)).error, Catch::Contains("does not match"));
  CHECK_FALSE(parseTextBlock(std::vector<std::uint8_t>(100, 0)).identity);
}

TEST_CASE("SAM frames: known bytes, noise, splits, bad checksums and lengths", "[idcard]") {
  CHECK(sam::request(sam::kFindCard) ==
        std::vector<std::uint8_t>{0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x00, 0x03, 0x20, 0x01, 0x22});
  CHECK(sam::request(sam::kReadBase).back() == 0x32);

  std::vector<std::uint8_t> reply = sam::encode(std::vector<std::uint8_t>{0, 0, 0x9F});
  std::vector<std::uint8_t> stream = {0x00, 0xAA, 0x12};  // noise first
  stream.insert(stream.end(), reply.begin(), reply.end());
  sam::FrameReader reader;
  std::vector<sam::FrameReader::Result> results;
  for (std::uint8_t b : stream) {
    for (auto& r : reader.feed(std::span(&b, 1))) results.push_back(std::move(r));
  }
  REQUIRE(results.size() == 1);
  CHECK(results[0].event == sam::FrameReader::Event::Frame);
  CHECK(results[0].frame.body == std::vector<std::uint8_t>{0, 0, 0x9F});

  auto corrupt = reply;
  corrupt.back() ^= 1;
  auto bad = reader.feed(corrupt);
  REQUIRE(bad.size() == 1);
  CHECK(bad[0].event == sam::FrameReader::Event::BadChecksum);

  std::vector<std::uint8_t> huge = {0xAA, 0xAA, 0xAA, 0x96, 0x69, 0xFF, 0xFF, 1, 2, 3};
  auto tooLong = reader.feed(huge);
  REQUIRE_FALSE(tooLong.empty());
  CHECK(tooLong[0].event == sam::FrameReader::Event::BadLength);
}

TEST_CASE("random bytes never crash or swell the frame reader", "[idcard]") {
  std::mt19937 rng(7);
  sam::FrameReader reader;
  const std::uint8_t pre[] = {0xAA, 0xAA, 0xAA, 0x96, 0x69};
  for (int round = 0; round < 2000; ++round) {
    std::vector<std::uint8_t> bytes;
    if (rng() % 2) bytes.assign(std::begin(pre), std::end(pre));
    for (int k = 0, n = static_cast<int>(rng() % 64); k < n; ++k) {
      bytes.push_back(static_cast<std::uint8_t>(rng()));
    }
    reader.feed(bytes);
    REQUIRE(reader.buffered() <= sam::kMaxLength + 16);
  }
}

TEST_CASE("a card on the reader is read over the pty, none is NoCard", "[idcard]") {
  sim::IdCardSimulator simulator;
  auto reader = connect(simulator);
  CHECK(reader->tryRead().outcome == Outcome::NoCard);
  simulator.place(sim::residentWithRareName());
  IdCardReader::Attempt a = reader->tryRead();
  REQUIRE(a.outcome == Outcome::Read);
  CHECK(a.identity->name == "刘䶮");
  CHECK(a.identity->number == sim::residentWithRareName().number);
  CHECK(reader->health().state == HealthState::Ok);

  simulator.place(sim::foreignResident2023());
  a = reader->tryRead();
  REQUIRE(a.outcome == Outcome::Read);
  CHECK(a.identity->kind == CardKind::ForeignPermanent2023);
}

TEST_CASE("reader faults: checksum, error status, card lifted mid-read, silence", "[idcard]") {
  sim::IdCardSimulator simulator;
  auto reader = connect(simulator);
  simulator.place(sim::elderlyResident());

  simulator.setFault(sim::ReaderFault::BadChecksum);
  IdCardReader::Attempt a = reader->tryRead();
  CHECK(a.outcome == Outcome::Fault);
  CHECK_THAT(a.error, Catch::Contains("checksum"));
  CHECK(reader->tryRead().outcome == Outcome::Read);  // one bad frame, then fine again

  simulator.setFault(sim::ReaderFault::ErrorStatus);
  a = reader->tryRead();
  CHECK(a.outcome == Outcome::BadCard);

  simulator.setFault(sim::ReaderFault::LiftMidRead);
  a = reader->tryRead();
  CHECK(a.outcome == Outcome::BadCard);
  CHECK_THAT(a.error, Catch::Contains("half way"));
  CHECK_FALSE(simulator.cardPresent());

  simulator.setFault(sim::ReaderFault::Silence);
  auto start = std::chrono::steady_clock::now();
  a = reader->tryRead();
  CHECK(a.outcome == Outcome::Fault);
  CHECK(std::chrono::steady_clock::now() - start < 2s);  // gives up, does not hang
  CHECK(reader->health().state == HealthState::Fault);
  CHECK_THAT(reader->health().messageZh, Catch::Contains("读卡器"));

  simulator.setFault(sim::ReaderFault::None);
  CHECK(reader->tryRead().outcome == Outcome::NoCard);
  CHECK(reader->health().state == HealthState::Ok);
}

TEST_CASE("a refused card says why: unreadable, invalid, or a kind the reader does not know",
          "[idcard]") {
  sim::IdCardSimulator simulator;
  auto reader = connect(simulator);
  // Lifted half way: placing it again helps.
  simulator.place(sim::elderlyResident());
  simulator.setFault(sim::ReaderFault::LiftMidRead);
  IdCardReader::Attempt a = reader->tryRead();
  CHECK(a.outcome == Outcome::BadCard);
  CHECK(a.problem == CardProblem::Unreadable);
  simulator.setFault(sim::ReaderFault::None);

  // A birth date that cannot be: it will fail every time.
  Identity impossible = sim::elderlyResident();
  impossible.birthDate = "19480231";
  simulator.place(impossible);
  a = reader->tryRead();
  CHECK(a.outcome == Outcome::BadCard);
  CHECK(a.problem == CardProblem::Invalid);
  CHECK_THAT(a.error, Catch::Contains("birth date"));

  // A card type letter no layout knows (the type field is the UCS-2 letter at byte 248).
  std::vector<std::uint8_t> block = encodeTextBlock(sim::elderlyResident());
  block[248] = 'Q';
  block[249] = 0;
  simulator.placeTextBlock(block);
  a = reader->tryRead();
  CHECK(a.outcome == Outcome::BadCard);
  CHECK(a.problem == CardProblem::Unsupported);
  CHECK_THAT(a.error, Catch::Contains("'Q'"));
}

TEST_CASE("a card resting on the reader is reported once until it is lifted", "[idcard]") {
  sim::IdCardSimulator simulator;
  auto reader = connect(simulator);
  std::atomic<int> cards{0};
  std::atomic<int> problems{0};
  CardWatcher watcher(
      *reader, [&](const Identity&) { ++cards; }, [&](const IdCardReader::Attempt&) { ++problems; },
      20ms);
  simulator.place(sim::elderlyResident());
  auto waitFor = [](auto condition) {
    for (int i = 0; i < 300 && !condition(); ++i) std::this_thread::sleep_for(10ms);
    return condition();
  };
  REQUIRE(waitFor([&] { return cards == 1; }));
  std::this_thread::sleep_for(300ms);  // many polls with the card still there
  CHECK(cards == 1);
  CHECK(simulator.readsAnswered() == 1);
  simulator.lift();
  std::this_thread::sleep_for(100ms);
  simulator.place(sim::elderlyResident());
  REQUIRE(waitFor([&] { return cards == 2; }));
  CHECK(problems == 0);
}

TEST_CASE("a find alone updates the reader's health, as the device check relies on", "[idcard]") {
  sim::IdCardSimulator simulator;
  auto reader = connect(simulator);
  simulator.setFault(sim::ReaderFault::Silence);
  CHECK(reader->findCard() == Outcome::Fault);
  CHECK(reader->health().state == HealthState::Fault);
  simulator.setFault(sim::ReaderFault::None);
  CHECK(reader->findCard() == Outcome::NoCard);
  CHECK(reader->health().state == HealthState::Ok);
}
