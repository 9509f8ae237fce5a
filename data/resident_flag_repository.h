#pragma once
// Priority flags staff set for a resident (a disability), found by the keyed hash of the ID
// number. Nothing here can tell who the resident is.
#include <optional>
#include <string>

#include "data/database.h"

namespace yizhan::data {

struct ResidentFlag {
  std::string idHash;
  std::string maskedId;
  bool disability = false;
  std::string setAt;
  std::string setBy;
};

class ResidentFlagRepository {
 public:
  explicit ResidentFlagRepository(Database& db) : db_(db) {}
  std::optional<ResidentFlag> find(const std::string& idHash);
  void put(const ResidentFlag& flag);

 private:
  Database& db_;
};

}  // namespace yizhan::data
