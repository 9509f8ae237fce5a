#include "kiosk/volunteers/roster_import.h"

namespace yizhan::kiosk {

ImportReport importRoster(const RosterSheet& sheet, VolunteerRoster& roster, data::Database& db,
                          bool apply, const std::string& actor) {
  ImportReport report;
  report.encoding = sheet.encoding;
  report.fatal = sheet.fatal;
  if (sheet.fatal) return report;
  // One transaction: a dry run is the same work rolled back, so it reports exactly what
  // --apply would do, duplicates against the store included.
  data::Transaction tx(db);
  for (const SheetRow& row : sheet.rows) {
    if (!row.details) {
      report.errors.emplace_back(row.row, row.problem);
      continue;
    }
    RosterOutcome out = roster.enrollOrUpdate(*row.details, "import", actor);
    if (out.problem) {
      report.errors.emplace_back(row.row, rosterProblemText(*out.problem));
    } else if (!out.changed) {
      ++report.unchanged;
    } else if (out.existed) {
      ++report.updated;
    } else {
      ++report.enrolled;
    }
  }
  if (apply) {
    tx.commit();
    report.applied = true;
  }
  return report;
}

std::string importReportText(const ImportReport& r) {
  if (r.fatal) return "未导入：" + *r.fatal + "\n";
  std::string out = "文件编码 " + r.encoding + "。";
  out += r.applied ? "已导入：" : "试运行（未写入；加 --apply 才导入）：";
  out += "新增 " + std::to_string(r.enrolled) + " 人，更新 " + std::to_string(r.updated) +
         " 人，无变化 " + std::to_string(r.unchanged) + " 人，有错误 " +
         std::to_string(r.errors.size()) + " 行。\n";
  for (const auto& [row, problem] : r.errors) {
    out += "  第 " + std::to_string(row) + " 行：" + problem + "\n";
  }
  if (!r.errors.empty() && r.applied) {
    out += "有错误的行没有导入：改正后再导入同一个文件即可，已导入的不会重复。\n";
  }
  return out;
}

}  // namespace yizhan::kiosk
