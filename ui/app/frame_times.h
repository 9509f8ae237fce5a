#pragma once
// The cost of recent frames, for benchmarks and diagnostics. A kiosk runs for months, so only
// the last kKept frames are kept.
#include <cstddef>
#include <cstdint>
#include <deque>
#include <vector>

namespace yizhan::ui {

class FrameTimes {
 public:
  static constexpr std::size_t kKept = 8192;

  // Wall time; CPU time of the process (the GL rasteriser's threads included) less the
  // background worker's; CPU time of the UI thread alone (our code and the GL driver's
  // command submission, what remains on the CPU when a GPU rasterises).
  void record(double wallMs, double cpuMs, double uiThreadCpuMs);
  // Frames recorded since start, including those no longer kept.
  std::uint64_t count() const { return count_; }
  // Times of the kept frames numbered `first` (as count() was then) and later.
  std::vector<double> wallSince(std::uint64_t first) const;
  std::vector<double> cpuSince(std::uint64_t first) const;
  std::vector<double> uiThreadCpuSince(std::uint64_t first) const;

 private:
  struct Frame {
    double wallMs;
    double cpuMs;
    double uiThreadCpuMs;
  };
  template <typename Field>
  std::vector<double> since(std::uint64_t first, Field field) const;

  std::deque<Frame> frames_;
  std::uint64_t count_ = 0;
};

}  // namespace yizhan::ui
