#pragma once
// Each feature's part of the snapshot, kept by its type: a flow writes
// `snap.part<BookingPart>()` and its screens read the same, and the snapshot itself lists no
// feature. A part not written yet reads as its default.
#include <any>
#include <map>
#include <typeindex>

namespace yizhan::kiosk {

class SnapshotParts {
 public:
  template <typename Part>
  Part& get() {
    auto [it, added] = parts_.try_emplace(std::type_index(typeid(Part)));
    if (added) it->second = Part{};
    return *std::any_cast<Part>(&it->second);
  }
  template <typename Part>
  const Part& get() const {
    auto it = parts_.find(std::type_index(typeid(Part)));
    if (it == parts_.end()) {
      static const Part none{};
      return none;
    }
    return *std::any_cast<Part>(&it->second);
  }

 private:
  std::map<std::type_index, std::any> parts_;
};

}  // namespace yizhan::kiosk
