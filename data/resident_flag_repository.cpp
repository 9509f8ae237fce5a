#include "data/resident_flag_repository.h"

namespace yizhan::data {

std::optional<ResidentFlag> ResidentFlagRepository::find(const std::string& idHash) {
  auto stmt = db_.prepare(
      "SELECT id_hash, masked_id, disability, set_at, set_by FROM resident_flag WHERE id_hash = "
      "?1");
  stmt.bind(1, idHash);
  if (!stmt.step()) return std::nullopt;
  return ResidentFlag{stmt.columnText(0), stmt.columnText(1), stmt.columnInt(2) != 0,
                      stmt.columnText(3), stmt.columnText(4)};
}

void ResidentFlagRepository::put(const ResidentFlag& f) {
  db_.prepare(
         "INSERT INTO resident_flag (id_hash, masked_id, disability, set_at, set_by) "
         "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(id_hash) DO UPDATE SET "
         "masked_id = excluded.masked_id, disability = excluded.disability, "
         "set_at = excluded.set_at, set_by = excluded.set_by")
      .bind(1, f.idHash)
      .bind(2, f.maskedId)
      .bind(3, f.disability ? 1 : 0)
      .bind(4, f.setAt)
      .bind(5, f.setBy)
      .run();
}

}  // namespace yizhan::data
