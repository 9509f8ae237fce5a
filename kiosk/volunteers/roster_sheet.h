#pragma once
// A volunteer roster as staff keep it in a spreadsheet and save as CSV (Excel in China saves
// GBK): read into volunteers' details, row by row, each row's problem named in Chinese with its
// row number as the spreadsheet shows it. Nothing here touches the store (roster_import does).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/volunteers/volunteer_roster.h"

namespace yizhan::kiosk {

enum class SheetEncoding { Detect, Utf8, Gbk };
// "utf-8", "gbk" (also "gb18030", "gb2312"); nullopt for anything else.
std::optional<SheetEncoding> sheetEncodingNamed(std::string_view name);

struct SheetRow {
  int row = 0;  // as the spreadsheet numbers it: the header is row 1
  std::optional<VolunteerDetails> details;
  std::string problem;  // why the row cannot be taken (Chinese), when details is empty
};

struct RosterSheet {
  std::string encoding;  // UTF-8 or GBK: what the file was read as
  // What makes the whole file unusable (wrong encoding, no header, a column nobody knows).
  std::optional<std::string> fatal;
  std::vector<SheetRow> rows;
};

// The columns, by their header (Chinese as staff write it, or the English key): 编号 id,
// 姓名 name, 手机号 phone, 身份证号 id_number, 队伍 team, 类别 kind, 工作单位 employer, 技能
// skills, 服务网格 grids, 状态 status. 姓名, 手机号, 队伍 and 类别 are required; skills and
// grids are separated by 、 ; or ,.
RosterSheet readRosterSheet(std::string_view bytes, SheetEncoding encoding = SheetEncoding::Detect);

// What staff type keeps stray spaces (also the full-width 　); names and numbers never do.
std::string trimmedCell(std::string s);
// Skills as staff write them: separated by 、 ，； or , and ;.
std::vector<std::string> splitSkillCell(const std::string& cell);

}  // namespace yizhan::kiosk
