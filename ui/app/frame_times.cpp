#include "ui/app/frame_times.h"

#include <algorithm>

namespace yizhan::ui {

void FrameTimes::record(double wallMs, double cpuMs, double uiThreadCpuMs) {
  frames_.push_back({wallMs, cpuMs, uiThreadCpuMs});
  if (frames_.size() > kKept) frames_.pop_front();
  ++count_;
}

template <typename Field>
std::vector<double> FrameTimes::since(std::uint64_t first, Field field) const {
  std::uint64_t oldestKept = count_ - frames_.size();
  std::uint64_t skip = std::max(first, oldestKept) - oldestKept;
  std::vector<double> out;
  for (auto it = frames_.begin() +
                 static_cast<std::ptrdiff_t>(std::min<std::uint64_t>(skip, frames_.size()));
       it != frames_.end(); ++it) {
    out.push_back((*it).*field);
  }
  return out;
}

std::vector<double> FrameTimes::wallSince(std::uint64_t first) const {
  return since(first, &Frame::wallMs);
}

std::vector<double> FrameTimes::cpuSince(std::uint64_t first) const {
  return since(first, &Frame::cpuMs);
}

std::vector<double> FrameTimes::uiThreadCpuSince(std::uint64_t first) const {
  return since(first, &Frame::uiThreadCpuMs);
}

}  // namespace yizhan::ui
