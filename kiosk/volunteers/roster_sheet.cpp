#include "kiosk/volunteers/roster_sheet.h"

#include <csv.h>

#include <array>
#include <map>

#include "drivers/printer/gb18030.h"

namespace yizhan::kiosk {

namespace {
enum class Column { Id, Name, Phone, IdNumber, Team, Kind, Employer, Skills, Grids, Status };

struct ColumnName {
  Column column;
  std::string_view zh, en;
  bool required;
};

constexpr std::array<ColumnName, 10> kColumns = {{
    {Column::Id, "编号", "id", false},
    {Column::Name, "姓名", "name", true},
    {Column::Phone, "手机号", "phone", true},
    {Column::IdNumber, "身份证号", "id_number", false},
    {Column::Team, "队伍", "team", true},
    {Column::Kind, "类别", "kind", true},
    {Column::Employer, "工作单位", "employer", false},
    {Column::Skills, "技能", "skills", false},
    {Column::Grids, "服务网格", "grids", false},
    {Column::Status, "状态", "status", false},
}};

std::optional<VolunteerStatus> statusFromWords(const std::string& words) {
  if (words.empty() || words == "在册" || words == "正常" || words == "active")
    return VolunteerStatus::Active;
  if (words == "停用" || words == "暂停" || words == "inactive") return VolunteerStatus::Inactive;
  if (words == "注销" || words == "removed") return VolunteerStatus::Removed;
  return std::nullopt;
}

// libcsv hands fields and row ends to callbacks.
struct Records {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> current;
};

void onField(void* data, size_t length, void* records) {
  auto* r = static_cast<Records*>(records);
  r->current.emplace_back(data ? static_cast<const char*>(data) : "", data ? length : 0);
}

void onRowEnd(int, void* records) {
  auto* r = static_cast<Records*>(records);
  r->rows.push_back(std::move(r->current));
  r->current.clear();
}

std::optional<std::string> decode(std::string_view bytes, SheetEncoding encoding, std::string& used,
                                  std::string& problem) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    bytes.remove_prefix(3);  // Excel's "CSV UTF-8" starts with a byte-order mark
    if (encoding == SheetEncoding::Detect) encoding = SheetEncoding::Utf8;
  }
  size_t bad = 0;
  if (encoding != SheetEncoding::Gbk && drivers::isWellFormedUtf8(bytes, &bad)) {
    used = "UTF-8";
    return std::string(bytes);
  }
  if (encoding == SheetEncoding::Utf8) {
    problem = "文件不是 UTF-8 编码（第 " + std::to_string(bad + 1) +
              " 个字节起）：请用 --encoding gbk，或在 Excel 中另存为“CSV UTF-8”";
    return std::nullopt;
  }
  if (auto text = drivers::gb18030ToUtf8Exact(bytes, &bad)) {
    used = "GBK";
    return text;
  }
  problem = encoding == SheetEncoding::Gbk
                ? "文件不是 GBK 编码（第 " + std::to_string(bad + 1) +
                      " 个字节起）：请用 --encoding utf-8"
                : "文件既不是 UTF-8 也不是 GBK 编码（第 " + std::to_string(bad + 1) +
                      " 个字节起）：请在 Excel 中另存为“CSV UTF-8”后重新导入";
  return std::nullopt;
}
}  // namespace

std::string trimmedCell(std::string s) {
  constexpr std::string_view kWideSpace = "\xE3\x80\x80";
  auto blankAt = [&s, kWideSpace](size_t at) -> size_t {  // the blank's length, or 0
    if (at < s.size() && (s[at] == ' ' || s[at] == '\t' || s[at] == '\r')) return 1;
    return s.compare(at, kWideSpace.size(), kWideSpace) == 0 ? kWideSpace.size() : 0;
  };
  size_t from = 0;
  while (size_t n = blankAt(from)) from += n;
  s.erase(0, from);
  while (!s.empty()) {
    if (blankAt(s.size() - 1) == 1) {
      s.pop_back();
    } else if (s.size() >= kWideSpace.size() && blankAt(s.size() - kWideSpace.size()) == 3) {
      s.resize(s.size() - kWideSpace.size());
    } else {
      break;
    }
  }
  return s;
}

std::vector<std::string> splitSkillCell(const std::string& cell) {
  std::string unified;
  for (size_t i = 0; i < cell.size();) {
    if (cell.compare(i, 3, "、") == 0 || cell.compare(i, 3, "，") == 0 ||
        cell.compare(i, 3, "；") == 0) {
      unified += ',';
      i += 3;
    } else {
      unified += cell[i] == ';' ? ',' : cell[i];
      ++i;
    }
  }
  std::vector<std::string> out;
  size_t from = 0;
  while (from <= unified.size()) {
    size_t comma = unified.find(',', from);
    if (comma == std::string::npos) comma = unified.size();
    std::string one = trimmedCell(unified.substr(from, comma - from));
    if (!one.empty()) out.push_back(one);
    from = comma + 1;
  }
  return out;
}

std::optional<SheetEncoding> sheetEncodingNamed(std::string_view name) {
  std::string lower;
  for (char c : name) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "utf-8" || lower == "utf8") return SheetEncoding::Utf8;
  if (lower == "gbk" || lower == "gb18030" || lower == "gb2312" || lower == "cp936")
    return SheetEncoding::Gbk;
  return std::nullopt;
}

RosterSheet readRosterSheet(std::string_view bytes, SheetEncoding encoding) {
  RosterSheet sheet;
  std::string problem;
  auto text = decode(bytes, encoding, sheet.encoding, problem);
  if (!text) {
    sheet.fatal = problem;
    return sheet;
  }
  Records records;
  csv_parser parser;
  csv_init(&parser, CSV_APPEND_NULL);
  size_t parsed = csv_parse(&parser, text->data(), text->size(), onField, onRowEnd, &records);
  if (parsed != text->size() || csv_fini(&parser, onField, onRowEnd, &records) != 0) {
    sheet.fatal = std::string("文件无法按 CSV 读取：") + csv_strerror(csv_error(&parser));
    csv_free(&parser);
    return sheet;
  }
  csv_free(&parser);
  if (records.rows.empty()) {
    sheet.fatal = "文件是空的：第一行应是表头（姓名、手机号、队伍、类别……）";
    return sheet;
  }

  std::map<Column, size_t> where;
  const auto& header = records.rows.front();
  for (size_t i = 0; i < header.size(); ++i) {
    std::string name = trimmedCell(header[i]);
    if (name.empty()) continue;
    bool known = false;
    for (const ColumnName& c : kColumns) {
      if (name == c.zh || name == c.en) {
        where[c.column] = i;
        known = true;
      }
    }
    if (!known) {
      sheet.fatal = "第 1 行表头有不认识的列“" + name +
                    "”：可用的列是 编号、姓名、手机号、身份证号、队伍、类别、工作单位、技能、状态";
      return sheet;
    }
  }
  for (const ColumnName& c : kColumns) {
    if (c.required && !where.count(c.column)) {
      sheet.fatal = "表头缺少“" + std::string(c.zh) + "”列";
      return sheet;
    }
  }

  std::map<std::string, int> phoneRow, idRow;
  for (size_t r = 1; r < records.rows.size(); ++r) {
    const auto& cells = records.rows[r];
    SheetRow row;
    row.row = static_cast<int>(r + 1);
    auto cell = [&](Column c) -> std::string {
      auto at = where.find(c);
      if (at == where.end() || at->second >= cells.size()) return {};
      return trimmedCell(cells[at->second]);
    };
    bool blank = true;
    for (const auto& c : cells) blank = blank && trimmedCell(c).empty();
    if (blank) continue;  // Excel leaves empty rows at the end

    VolunteerDetails d;
    if (std::string id = cell(Column::Id); !id.empty()) d.externalId = id;
    d.name = cell(Column::Name);
    d.phone = cell(Column::Phone);
    if (std::string number = cell(Column::IdNumber); !number.empty()) d.idNumber = number;
    d.team = cell(Column::Team);
    d.employer = cell(Column::Employer);
    d.skills = splitSkillCell(cell(Column::Skills));
    d.grids = splitSkillCell(cell(Column::Grids));
    auto kind = kindFromWords(cell(Column::Kind));
    auto status = statusFromWords(cell(Column::Status));
    if (!kind) {
      row.problem = "类别“" + cell(Column::Kind) + "”不认识：应是 在职党员、退休党员 或 群众志愿者";
    } else if (!status) {
      row.problem = "状态“" + cell(Column::Status) + "”不认识：应是 在册、停用 或 注销";
    } else {
      d.kind = *kind;
      d.status = *status;
      if (auto p = detailsProblem(d)) row.problem = rosterProblemText(*p);
    }
    if (row.problem.empty()) {
      if (auto seen = phoneRow.find(d.phone); seen != phoneRow.end()) {
        row.problem = "手机号与第 " + std::to_string(seen->second) + " 行重复";
      } else if (d.externalId && idRow.count(*d.externalId)) {
        row.problem = "编号与第 " + std::to_string(idRow[*d.externalId]) + " 行重复";
      }
    }
    if (row.problem.empty()) {
      phoneRow[d.phone] = row.row;
      if (d.externalId) idRow[*d.externalId] = row.row;
      row.details = std::move(d);
    }
    sheet.rows.push_back(std::move(row));
  }
  return sheet;
}

}  // namespace yizhan::kiosk
