#include "kiosk/figures/figures_csv.h"

namespace yizhan::kiosk {

namespace {
// A cell as CSV wants it: quoted when it holds a comma, a quote or a line break. A leading
// =, +, - or @ would be a formula to a spreadsheet: a quote mark keeps it text.
std::string cell(const std::string& value) {
  std::string v = value;
  if (!v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@')) v = "'" + v;
  if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
  std::string out = "\"";
  for (char c : v) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string percent(const std::optional<double>& share) {
  return share ? oneDecimal(*share * 100) : "";
}

std::string decimal(const std::optional<double>& value) {
  return value ? oneDecimal(*value) : "";
}

const char* scopeWords(const std::string& scope) {
  if (scope == "station") return "驿站";
  if (scope == "grid") return "网格";
  return "类别";
}

const char* kindWords(const std::string& kind) {
  if (kind == "errand") return "红色代办";
  if (kind == "appeal") return "民意诉求";
  return "合计";
}
}  // namespace

std::string figuresCsv(const FiguresReport& report) {
  std::string out = "\xEF\xBB\xBF";
  out += "统计期," + report.days.from + "至" + report.days.to + "\r\n";
  out +=
      "范围,编号,名称,类型,受理,办结,办结率%,按期办结率%,平均用时(工作日),满意率%,重办,"
      "未办结关闭\r\n";
  for (const FigureRow& r : report.rows) {
    const Figures& f = r.figures;
    out += std::string(scopeWords(r.scope)) + "," + cell(r.key) + "," + cell(r.name) + "," +
           kindWords(r.kind) + "," + std::to_string(f.collected) + "," +
           std::to_string(f.resolved) + "," + percent(f.resolutionRate()) + "," +
           percent(f.onTimeRate()) + "," + decimal(f.averageWorkingDays()) + "," +
           percent(f.satisfactionRate()) + "," + std::to_string(f.reopened) + "," +
           std::to_string(f.closedNotDone) + "\r\n";
  }
  out += "志愿服务时长(小时)," + oneDecimal(static_cast<double>(report.volunteerMinutes) / 60) +
         "\r\n";
  out += "服务居民(人)," + std::to_string(report.peopleServed) + "\r\n";
  out += "不留姓名的反映(件)," + std::to_string(report.anonymousServed) + "\r\n";
  return out;
}

}  // namespace yizhan::kiosk
