#pragma once
// A state change that happens only while a row is still in the state its caller saw. Two
// counters calling the same ticket, or two volunteers taking the same request, both try; one
// moves the row, and the other changes nothing and is told where the row is now.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "data/database.h"

namespace yizhan::data {

struct TransitionResult {
  bool moved = false;
  // Where the row stood when the move did not happen; nullopt when there is no such row.
  std::optional<std::string> stateNow;
  explicit operator bool() const { return moved; }
};

class GuardedTransition {
 public:
  // Table and column names come from code, never from input.
  GuardedTransition(Database& db, std::string_view table, std::string_view stateColumn = "status",
                    std::string_view keyColumn = "id");

  // Sets the state from `from` to `to` (they may be the same, for a change within one state)
  // and, in the same statement, the assignments `also` (SQL, e.g. "counter = ?4"), whose
  // parameters ?4, ?5, … take `values` in order.
  template <typename... Values>
  TransitionResult move(std::int64_t id, std::string_view from, std::string_view to,
                        std::string_view also = {}, const Values&... values) {
    Statement update = db_.prepare(updateSql(also));
    update.bind(1, id).bind(2, from).bind(3, to);
    int index = 4;
    (update.bind(index++, values), ...);
    update.run();
    return outcome(id);
  }

 private:
  std::string updateSql(std::string_view also) const;
  TransitionResult outcome(std::int64_t id);

  Database& db_;
  std::string table_, state_, key_;
};

}  // namespace yizhan::data
