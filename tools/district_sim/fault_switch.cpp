#include "tools/district_sim/fault_switch.h"

#include <algorithm>

namespace yizhan::district {

namespace {
constexpr std::pair<Fault, std::string_view> kNames[] = {
    {Fault::Delay, "delay"},
    {Fault::Error500, "500"},
    {Fault::Error503, "503"},
    {Fault::TooMany429, "429"},
    {Fault::Timeout, "timeout"},
    {Fault::Reset, "reset"},
    {Fault::CommitDrop, "commit-drop"},
};
}  // namespace

std::optional<Fault> faultNamed(std::string_view name) {
  for (const auto& [fault, n] : kNames) {
    if (n == name) return fault;
  }
  return std::nullopt;
}

std::string_view faultName(Fault fault) {
  for (const auto& [f, n] : kNames) {
    if (f == fault) return n;
  }
  return "none";
}

std::vector<Fault> allFaults() {
  std::vector<Fault> faults;
  for (const auto& [fault, name] : kNames) faults.push_back(fault);
  return faults;
}

void FaultSwitch::always(Fault fault) {
  std::lock_guard lock(mutex_);
  always_ = fault;
}

void FaultSwitch::next(Fault fault, int count) {
  std::lock_guard lock(mutex_);
  queued_.insert(queued_.end(), static_cast<size_t>(count), fault);
}

void FaultSwitch::random(std::vector<std::pair<Fault, double>> mix, std::uint64_t seed) {
  std::lock_guard lock(mutex_);
  mix_ = std::move(mix);
  random_.seed(seed);
}

void FaultSwitch::clear() {
  std::lock_guard lock(mutex_);
  always_ = Fault::None;
  queued_.clear();
  mix_.clear();
}

Fault FaultSwitch::draw() {
  std::lock_guard lock(mutex_);
  Fault fault = always_;
  if (!queued_.empty()) {
    fault = queued_.front();
    queued_.erase(queued_.begin());
  } else if (fault == Fault::None && !mix_.empty()) {
    double roll = std::uniform_real_distribution<double>(0, 1)(random_);
    for (const auto& [f, p] : mix_) {
      if (roll < p) {
        fault = f;
        break;
      }
      roll -= p;
    }
  }
  if (fault != Fault::None) {
    auto it = std::find_if(counts_.begin(), counts_.end(),
                           [&](const auto& c) { return c.first == fault; });
    if (it == counts_.end()) {
      counts_.emplace_back(fault, 1);
    } else {
      ++it->second;
    }
  }
  return fault;
}

void FaultSwitch::rejectSeq(std::int64_t seq) {
  std::lock_guard lock(mutex_);
  rejectSeqs_.insert(seq);
}

bool FaultSwitch::rejects(std::int64_t seq) const {
  std::lock_guard lock(mutex_);
  return rejectSeqs_.count(seq) > 0;
}

void FaultSwitch::clearRejects() {
  std::lock_guard lock(mutex_);
  rejectSeqs_.clear();
}

void FaultSwitch::setClockSkew(std::int64_t seconds) {
  std::lock_guard lock(mutex_);
  clockSkew_ = seconds;
}

std::int64_t FaultSwitch::clockSkew() const {
  std::lock_guard lock(mutex_);
  return clockSkew_;
}

void FaultSwitch::setTiming(Timing timing) {
  std::lock_guard lock(mutex_);
  timing_ = timing;
}

FaultSwitch::Timing FaultSwitch::timing() const {
  std::lock_guard lock(mutex_);
  return timing_;
}

std::vector<std::pair<Fault, int>> FaultSwitch::counts() const {
  std::lock_guard lock(mutex_);
  return counts_;
}

}  // namespace yizhan::district
