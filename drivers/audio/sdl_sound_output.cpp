#include "drivers/audio/sdl_sound_output.h"

#include <SDL2/SDL.h>

namespace yizhan::drivers {

SdlSoundOutput::SdlSoundOutput() {
  if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) error_ = SDL_GetError();
}

SdlSoundOutput::~SdlSoundOutput() {
  if (device_) SDL_CloseAudioDevice(device_);
  SDL_QuitSubSystem(SDL_INIT_AUDIO);
}

bool SdlSoundOutput::open(int sampleRate) {
  if (device_ && sampleRate_ == sampleRate) return true;
  if (device_) SDL_CloseAudioDevice(device_);
  device_ = 0;
  SDL_AudioSpec want{};
  want.freq = sampleRate;
  want.format = AUDIO_S16SYS;
  want.channels = 1;
  want.samples = 1024;
  device_ = SDL_OpenAudioDevice(nullptr, 0, &want, nullptr, 0);
  if (!device_) {
    error_ = SDL_GetError();
    return false;
  }
  sampleRate_ = sampleRate;
  error_.clear();
  SDL_PauseAudioDevice(device_, 0);
  return true;
}

void SdlSoundOutput::play(std::span<const std::int16_t> pcm, int sampleRate) {
  std::lock_guard lock(mutex_);
  if (!open(sampleRate)) return;
  if (SDL_QueueAudio(device_, pcm.data(), static_cast<Uint32>(pcm.size_bytes())) != 0) {
    error_ = SDL_GetError();
  }
}

DeviceHealth SdlSoundOutput::health() const {
  std::lock_guard lock(mutex_);
  if (error_.empty()) return {};
  return {HealthState::Warning, "扬声器不可用，请检查音箱连接", "no sound output: " + error_};
}

}  // namespace yizhan::drivers
