#include "drivers/speech/espeak_synthesizer.h"

#include <espeak-ng/speak_lib.h>

#include <mutex>
#include <string>

namespace yizhan::drivers {

namespace {
std::mutex& espeakLock() {
  static std::mutex lock;
  return lock;
}

int collect(short* wav, int samples, espeak_EVENT* events) {
  auto* out = static_cast<std::vector<std::int16_t>*>(events->user_data);
  if (wav && samples > 0) out->insert(out->end(), wav, wav + samples);
  return 0;  // continue
}

constexpr const char* kVoice = "cmn-latn-pinyin";
}  // namespace

EspeakSynthesizer::EspeakSynthesizer(int wordsPerMinute) : wordsPerMinute_(wordsPerMinute) {
  std::lock_guard lock(espeakLock());
  static int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, 0);
  if (rate <= 0) throw SpeechError("espeak-ng did not start (is espeak-ng-data installed?)");
  sampleRate_ = rate;
  if (espeak_SetVoiceByName(kVoice) != EE_OK) {
    throw SpeechError(std::string("espeak-ng has no voice ") + kVoice);
  }
  espeak_SetSynthCallback(collect);
}

std::vector<std::int16_t> EspeakSynthesizer::synthesize(std::string_view text) {
  std::lock_guard lock(espeakLock());
  espeak_SetVoiceByName(kVoice);
  espeak_SetParameter(espeakRATE, wordsPerMinute_, 0);
  std::vector<std::int16_t> pcm;
  std::string copy(text);
  espeak_Synth(copy.c_str(), copy.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, &pcm);
  return pcm;
}

std::string EspeakSynthesizer::phonemes(std::string_view text) {
  std::lock_guard lock(espeakLock());
  espeak_SetVoiceByName(kVoice);
  std::string copy(text);
  const void* cursor = copy.c_str();
  std::string out;
  // Each call converts one clause and moves the cursor on; it is null at the end.
  while (cursor) {
    const char* clause = espeak_TextToPhonemes(&cursor, espeakCHARS_UTF8, 0);
    if (!clause) break;
    out += clause;
  }
  return out;
}

}  // namespace yizhan::drivers
