#pragma once
// Which counters (窗口) are open for calling, kept across restarts.
#include <string>

#include "data/database.h"

namespace yizhan::data {

class CounterStateRepository {
 public:
  explicit CounterStateRepository(Database& db) : db_(db) {}
  void setOpen(int counter, bool open, const std::string& at);
  bool isOpen(int counter);

 private:
  Database& db_;
};

}  // namespace yizhan::data
