#include "drivers/audio/sdl_sound_output.h"

#include <SDL2/SDL.h>

#include "drivers/sdl_subsystems.h"

namespace yizhan::drivers {

SdlSoundOutput::SdlSoundOutput(Timing timing) : timing_(timing) {
  closer_ = std::thread([this] { closeWhenQuiet(); });
}

SdlSoundOutput::~SdlSoundOutput() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  closer_.join();
  std::lock_guard lock(mutex_);
  closeLocked();
}

bool SdlSoundOutput::openLocked(int sampleRate) {
  if (device_ && sampleRate_ == sampleRate) return true;
  if (device_) SDL_CloseAudioDevice(device_);
  device_ = 0;
  if (!audioInitialised_) {
    error_ = initSdlSubsystems(SDL_INIT_AUDIO);
    if (!error_.empty()) return false;
    audioInitialised_ = true;
  }
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

void SdlSoundOutput::closeLocked() {
  if (device_) SDL_CloseAudioDevice(device_);
  device_ = 0;
  if (audioInitialised_) quitSdlSubsystems(SDL_INIT_AUDIO);
  audioInitialised_ = false;
}

void SdlSoundOutput::play(std::span<const std::int16_t> pcm, int sampleRate) {
  std::unique_lock lock(mutex_);
  if (!openLocked(sampleRate)) {
    closeLocked();  // try afresh next time: the speaker may have been plugged in
    return;
  }
  if (SDL_QueueAudio(device_, pcm.data(), static_cast<Uint32>(pcm.size_bytes())) != 0) {
    error_ = SDL_GetError();
  }
  auto queued = std::chrono::milliseconds(
      1000LL * static_cast<long long>(SDL_GetQueuedAudioSize(device_) / sizeof(std::int16_t)) /
      sampleRate);
  closeAt_ = Clock::now() + queued + timing_.linger;
  lock.unlock();
  changed_.notify_all();
}

void SdlSoundOutput::closeWhenQuiet() {
  std::unique_lock lock(mutex_);
  changed_.wait_for(lock, timing_.probeDelay, [this] { return stopping_ || device_ != 0; });
  if (!device_ && !stopping_) {
    openLocked(22050);  // records the error, if any
    closeLocked();
  }
  probed_ = true;
  changed_.notify_all();
  while (!stopping_) {
    if (!device_) {
      changed_.wait(lock);
      continue;
    }
    if (Clock::now() < closeAt_) {
      changed_.wait_until(lock, closeAt_);
      continue;
    }
    if (SDL_GetQueuedAudioSize(device_) > 0) {
      closeAt_ = Clock::now() + std::chrono::milliseconds(200);
      continue;
    }
    closeLocked();
  }
}

void SdlSoundOutput::waitForProbe() const {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [this] { return probed_; });
}

bool SdlSoundOutput::deviceOpen() const {
  std::lock_guard lock(mutex_);
  return device_ != 0;
}

DeviceHealth SdlSoundOutput::health() const {
  std::lock_guard lock(mutex_);
  if (error_.empty()) return {};
  return {HealthState::Warning, "扬声器不可用，请检查音箱连接", "no sound output: " + error_};
}

}  // namespace yizhan::drivers
