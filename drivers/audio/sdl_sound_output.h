#pragma once
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>

#include "drivers/audio/sound_output.h"

namespace yizhan::drivers {

// Plays through SDL's audio queue. The device is open only while there is something to play:
// an open SDL device feeds silence continuously, and SDL's ALSA back end rescans devices ten
// times a second while audio is initialised; both would cost CPU all day on an idle kiosk.
// Without a sound device the kiosk keeps working and reports a warning for staff.
class SdlSoundOutput final : public SoundOutput {
 public:
  struct Timing {
    // After the last sound ends the device stays open this long, so that a chime followed
    // by an announcement does not pay for opening it twice.
    std::chrono::milliseconds linger{3000};
    // The device is opened once, on the output's own thread, this long after start, so that a
    // missing speaker shows before it is needed without competing with start-up for the CPU
    // (with no sound card the probe takes ≈ 100 ms).
    std::chrono::milliseconds probeDelay{3000};
  };
  explicit SdlSoundOutput(Timing timing);
  SdlSoundOutput() : SdlSoundOutput(Timing{}) {}
  ~SdlSoundOutput() override;
  void play(std::span<const std::int16_t> pcm, int sampleRate) override;
  DeviceHealth health() const override;
  // True while the device is open (for tests).
  bool deviceOpen() const;
  // Returns once the start-up probe has finished and health() reflects it.
  void waitForProbe() const;

 private:
  using Clock = std::chrono::steady_clock;
  bool openLocked(int sampleRate);
  void closeLocked();
  void closeWhenQuiet();

  std::uint32_t device_ = 0;
  bool audioInitialised_ = false;
  int sampleRate_ = 0;
  std::string error_;
  Timing timing_;
  Clock::time_point closeAt_{};
  bool stopping_ = false;
  bool probed_ = false;
  mutable std::mutex mutex_;
  mutable std::condition_variable changed_;
  std::thread closer_;
};

}  // namespace yizhan::drivers
