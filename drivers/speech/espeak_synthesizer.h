#pragma once
// Mandarin from espeak-ng with the cmn-latn-pinyin voice: it reads Chinese characters with
// the right tones (the plain "cmn" voice falls back to English for many of them and reads
// tone numbers aloud). espeak-ng keeps global state, so all instances share one lock.
#include <stdexcept>
#include <string>

#include "drivers/speech/speech_synthesizer.h"

namespace yizhan::drivers {

class SpeechError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class EspeakSynthesizer final : public SpeechSynthesizer {
 public:
  // Throws SpeechError if espeak-ng or the voice is missing. `wordsPerMinute`: elderly
  // listeners want it slower than espeak's 175.
  explicit EspeakSynthesizer(int wordsPerMinute = 130);
  std::vector<std::int16_t> synthesize(std::string_view text) override;
  int sampleRate() const override { return sampleRate_; }
  // espeak's phoneme string for `text`: tones show as digits (请 → tS;h'i214N); a switch to
  // English shows as "(en)". For tests and `yizhan admin doctor`.
  std::string phonemes(std::string_view text);

 private:
  int sampleRate_ = 22050;
  int wordsPerMinute_;
};

}  // namespace yizhan::drivers
