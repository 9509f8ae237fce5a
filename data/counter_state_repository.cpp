#include "data/counter_state_repository.h"

namespace yizhan::data {

void CounterStateRepository::setOpen(int counter, bool open, const std::string& at) {
  db_.prepare(
         "INSERT INTO counter_state (number, is_open, changed_at) VALUES (?1, ?2, ?3) "
         "ON CONFLICT(number) DO UPDATE SET is_open = excluded.is_open, "
         "changed_at = excluded.changed_at")
      .bind(1, counter)
      .bind(2, open ? 1 : 0)
      .bind(3, at)
      .run();
}

bool CounterStateRepository::isOpen(int counter) {
  auto stmt = db_.prepare("SELECT is_open FROM counter_state WHERE number = ?1");
  stmt.bind(1, counter);
  return stmt.step() && stmt.columnInt(0) != 0;
}

}  // namespace yizhan::data
