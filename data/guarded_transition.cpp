#include "data/guarded_transition.h"

namespace yizhan::data {

GuardedTransition::GuardedTransition(Database& db, std::string_view table,
                                     std::string_view stateColumn, std::string_view keyColumn)
    : db_(db), table_(table), state_(stateColumn), key_(keyColumn) {}

std::string GuardedTransition::updateSql(std::string_view also) const {
  std::string sql = "UPDATE " + table_ + " SET " + state_ + " = ?3";
  if (!also.empty()) {
    sql += ", ";
    sql += also;
  }
  sql += " WHERE " + key_ + " = ?1 AND " + state_ + " = ?2";
  return sql;
}

TransitionResult GuardedTransition::outcome(std::int64_t id) {
  if (db_.changes() > 0) return {true, std::nullopt};
  Statement now = db_.prepare("SELECT " + state_ + " FROM " + table_ + " WHERE " + key_ + " = ?1");
  now.bind(1, id);
  if (!now.step()) return {false, std::nullopt};
  return {false, now.columnText(0)};
}

}  // namespace yizhan::data
