// Mandarin announcements through espeak-ng, one phrase at a time.
#include <catch2/catch.hpp>

#include <mutex>

#include "drivers/audio/capturing_sound_output.h"
#include "drivers/speech/announcer.h"
#include "drivers/speech/espeak_synthesizer.h"
#include "drivers/speech/mandarin_text.h"

using namespace yizhan::drivers;
using namespace std::chrono_literals;

TEST_CASE("ticket numbers are spelled digit by digit", "[speech]") {
  CHECK(spellTicketNumber("A012") == "A 零 一 二");
  CHECK(spellTicketNumber("B7") == "B 七");
  CHECK(spellTicketNumber("C 100") == "C 一 零 零");
}

TEST_CASE("the voice speaks Mandarin with tones, not English or tone numbers", "[speech]") {
  EspeakSynthesizer voice;
  std::string ph = voice.phonemes("请 A 零 一 二 号 到 三 号 窗口");
  CHECK_THAT(ph, Catch::Contains("214"));  // 请 qǐng: third tone
  CHECK_THAT(ph, Catch::Contains("51"));   // 号 hào: fourth tone
  CHECK_THAT(ph, !Catch::Contains("(en)"));
  // Digits spelled out are read one by one; "012" as a number would be 十二 (s.i.35).
  CHECK_THAT(voice.phonemes(spellTicketNumber("A012")), !Catch::Contains("s.i."));
  CHECK_THAT(voice.phonemes("A012"), Catch::Contains("s.i."));
}

TEST_CASE("a call is a second or more of 22 kHz speech, longer for longer text", "[speech]") {
  EspeakSynthesizer voice;
  auto shortPcm = voice.synthesize("A 零 一 二");
  auto longPcm = voice.synthesize("请 A 零 一 二 号 到 三 号 窗口 办理");
  CHECK(voice.sampleRate() == 22050);
  CHECK(shortPcm.size() > static_cast<size_t>(voice.sampleRate() / 2));
  CHECK(longPcm.size() > shortPcm.size() + static_cast<size_t>(voice.sampleRate()));
  int loud = 0;
  for (auto s : longPcm) loud += (s > 2000 || s < -2000) ? 1 : 0;
  CHECK(loud > 1000);  // not silence
}

TEST_CASE("announcements play in order, each only after the one before has ended", "[speech]") {
  EspeakSynthesizer voice;
  CapturingSoundOutput sound;
  std::mutex mutex;
  std::vector<Announcer::Spoken> spoken;
  std::vector<std::chrono::steady_clock::time_point> started;
  {
    Announcer announcer(voice, sound, [&](const Announcer::Spoken& s) {
      std::lock_guard lock(mutex);
      spoken.push_back(s);
      started.push_back(std::chrono::steady_clock::now());
    });
    announcer.say("一");
    announcer.say("二");
    announcer.say("三");
    REQUIRE(announcer.waitUntilQuiet(20s));
  }
  REQUIRE(spoken.size() == 3);
  CHECK(spoken[0].text == "一");
  CHECK(spoken[2].text == "三");
  for (size_t i = 1; i < spoken.size(); ++i) {
    CHECK(started[i] - started[i - 1] >= spoken[i - 1].duration);  // never cut off
  }
  auto played = sound.played();
  REQUIRE(played.size() == 3);
  CHECK(played[0].sampleRate == 22050);
  CHECK(played[0].seconds() ==
        Approx(std::chrono::duration<double>(spoken[0].duration).count()).margin(0.01));
}
