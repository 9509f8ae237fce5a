// Importing a roster from a spreadsheet (issue 15, requirement 1 and "bad input"): UTF-8 or
// GBK found out or named, bad rows reported by row number, a dry run that writes nothing,
// duplicates in the file and against the store, and the same file twice changing nothing.
#include <catch2/catch.hpp>

#include "data/outbox.h"
#include "drivers/printer/gb18030.h"
#include "kiosk/volunteers/roster_import.h"
#include "support/station_fixture.h"

using namespace yizhan;
using kiosk::SheetEncoding;

namespace {
const std::string kSheet =
    "编号,姓名,手机号,身份证号,队伍,类别,工作单位,技能,状态\n"
    "V001,王小明,13812345678,,红色代办服务队,在职党员,区税务局,代缴水电气费、代取药品,\n"
    "V002,李四,1381234,,志愿服务队,退休党员,,,\n"
    "V003,赵六,13812345678,,志愿服务队,群众志愿者,,,\n"
    "V004,欧阳娜娜,13900001111,,志愿服务队,群众,,,停用\n"
    "V005,钱七,13900002222,,志愿服务队,居民,,,\n"
    ",,,,,,,,\n";

std::string gbk(const std::string& utf8) {
  // The printer's encoder is exact for these characters (all in GBK).
  return *drivers::toPrintableGb18030(utf8);
}

int volunteerEvents(test::StationFixture& f) {
  int n = 0;
  for (auto& e : data::Outbox(f.station.store().db()).pending(1000))
    n += e.type.rfind("volunteer.", 0) == 0;
  return n;
}
}  // namespace

TEST_CASE("a GBK sheet is recognised and read row by row, each problem with its row",
          "[volunteers][import]") {
  auto sheet = kiosk::readRosterSheet(gbk(kSheet));
  REQUIRE_FALSE(sheet.fatal);
  CHECK(sheet.encoding == "GBK");
  REQUIRE(sheet.rows.size() == 5);  // the empty last row is no row
  REQUIRE(sheet.rows[0].details);
  CHECK(sheet.rows[0].row == 2);
  CHECK(sheet.rows[0].details->name == "王小明");
  CHECK(sheet.rows[0].details->skills == std::vector<std::string>{"代缴水电气费", "代取药品"});
  CHECK(sheet.rows[1].row == 3);
  CHECK_FALSE(sheet.rows[1].details);
  CHECK(sheet.rows[1].problem == "手机号不是11位手机号码");
  CHECK(sheet.rows[2].problem == "手机号与第 2 行重复");
  REQUIRE(sheet.rows[3].details);
  CHECK(sheet.rows[3].details->status == kiosk::VolunteerStatus::Inactive);
  CHECK(sheet.rows[4].problem.find("类别“居民”不认识") == 0);

  // The same sheet as UTF-8, with Excel's byte-order mark, reads the same.
  auto utf8 = kiosk::readRosterSheet("\xEF\xBB\xBF" + kSheet);
  CHECK(utf8.encoding == "UTF-8");
  REQUIRE(utf8.rows.size() == 5);
  CHECK(utf8.rows[0].details->name == "王小明");
}

TEST_CASE("a named encoding that does not fit, and bytes that are neither, are refused whole",
          "[volunteers][import]") {
  auto wrong = kiosk::readRosterSheet(gbk(kSheet), SheetEncoding::Utf8);
  REQUIRE(wrong.fatal);
  CHECK(wrong.fatal->find("不是 UTF-8 编码") != std::string::npos);
  CHECK(wrong.rows.empty());
  // Named GBK, a UTF-8 file would decode to nonsense or fail: it is read as GBK only if it is.
  auto garbage = kiosk::readRosterSheet(std::string("姓名,手机号\n\xFF\xFF\xFF,1\n"));
  REQUIRE(garbage.fatal);
  CHECK(garbage.fatal->find("既不是 UTF-8 也不是 GBK") != std::string::npos);
  CHECK(kiosk::sheetEncodingNamed("GBK") == SheetEncoding::Gbk);
  CHECK(kiosk::sheetEncodingNamed("utf-8") == SheetEncoding::Utf8);
  CHECK_FALSE(kiosk::sheetEncodingNamed("latin1"));
}

TEST_CASE("headers are checked: an unknown column or a missing one refuses the file",
          "[volunteers][import]") {
  auto unknown =
      kiosk::readRosterSheet("姓名,手机,队伍,类别\n王小明,13812345678,志愿服务队,群众\n");
  REQUIRE(unknown.fatal);
  CHECK(unknown.fatal->find("不认识的列“手机”") != std::string::npos);
  auto missing = kiosk::readRosterSheet("姓名,手机号,类别\n王小明,13812345678,群众\n");
  REQUIRE(missing.fatal);
  CHECK(*missing.fatal == "表头缺少“队伍”列");
  auto empty = kiosk::readRosterSheet("");
  REQUIRE(empty.fatal);
}

TEST_CASE("quoted cells keep their commas, quotes and line breaks, and spaces are trimmed",
          "[volunteers][import]") {
  auto sheet = kiosk::readRosterSheet(
      "name,phone,team,kind,employer\n"
      "\" 王小明　\",13812345678,\"志愿服务队, 二组\",在职党员,\"区\"\"税务\"\"局\n第一分局\"\n");
  REQUIRE_FALSE(sheet.fatal);
  REQUIRE(sheet.rows.size() == 1);
  REQUIRE(sheet.rows[0].details);
  CHECK(sheet.rows[0].details->name == "王小明");
  CHECK(sheet.rows[0].details->team == "志愿服务队, 二组");
  CHECK(sheet.rows[0].details->employer == "区\"税务\"局\n第一分局");
}

TEST_CASE("a dry run writes nothing, and --apply writes the good rows once",
          "[volunteers][import]") {
  test::StationFixture f;
  auto& roster = f.station.volunteerRoster();
  auto& db = f.station.store().db();
  auto sheet = kiosk::readRosterSheet(gbk(kSheet));

  auto dry = kiosk::importRoster(sheet, roster, db, false, "admin");
  CHECK_FALSE(dry.applied);
  CHECK(dry.enrolled == 2);
  CHECK(dry.errors.size() == 3);
  CHECK(roster.listed().empty());
  CHECK(volunteerEvents(f) == 0);
  std::string text = kiosk::importReportText(dry);
  CHECK(text.find("试运行") != std::string::npos);
  CHECK(text.find("第 3 行：手机号不是11位手机号码") != std::string::npos);

  auto applied = kiosk::importRoster(sheet, roster, db, true, "admin");
  CHECK(applied.applied);
  CHECK(applied.enrolled == 2);
  CHECK(roster.listed().size() == 2);
  CHECK(volunteerEvents(f) == 2);

  // The sheet corrected and imported again: the two already in are unchanged.
  std::string fixed = kSheet;
  fixed.replace(fixed.find("1381234,"), 8, "13700003333,");
  auto again = kiosk::importRoster(kiosk::readRosterSheet(fixed), roster, db, true, "admin");
  CHECK(again.unchanged == 2);
  CHECK(again.enrolled == 1);
  CHECK(roster.listed().size() == 3);
  CHECK(volunteerEvents(f) == 3);
}

TEST_CASE("the grids a volunteer serves: by name or id, kept as ids, an unknown one reported",
          "[volunteers][import]") {
  test::StationFixture f;
  auto& roster = f.station.volunteerRoster();
  auto sheet = kiosk::readRosterSheet(
      "姓名,手机号,队伍,类别,服务网格\n"
      "王小明,13812345678,红色代办服务队,群众,第二网格、grid-1\n"
      "李四,13700003333,红色代办服务队,群众,\n"
      "赵六,13700004444,红色代办服务队,群众,第九网格\n");
  auto report = kiosk::importRoster(sheet, roster, f.station.store().db(), true, "admin");
  CHECK(report.enrolled == 2);
  REQUIRE(report.errors.size() == 1);
  CHECK(report.errors[0].first == 4);
  CHECK_THAT(report.errors[0].second, Catch::StartsWith("服务网格不是本站的网格"));
  CHECK(roster.byPhone("13812345678")->grids == std::vector<std::string>{"grid-2", "grid-1"});
  CHECK(roster.byPhone("13700003333")->grids.empty());
  // Staff's form is filled with the same ids (the console names them).
  CHECK(roster.fullDetails(roster.byPhone("13812345678")->id)->grids ==
        std::vector<std::string>{"grid-2", "grid-1"});
}

TEST_CASE("a phone already on the roster under another id is reported, not merged",
          "[volunteers][import]") {
  test::StationFixture f;
  auto& roster = f.station.volunteerRoster();
  auto& db = f.station.store().db();
  kiosk::importRoster(kiosk::readRosterSheet(kSheet), roster, db, true, "admin");
  auto clash = kiosk::importRoster(
      kiosk::readRosterSheet("编号,姓名,手机号,队伍,类别\nV009,孙八,13812345678,志愿服务队,群众\n"),
      roster, db, true, "admin");
  REQUIRE(clash.errors.size() == 1);
  CHECK(clash.errors[0].first == 2);
  CHECK(clash.errors[0].second == "这个手机号已登记给另一位志愿者");
  CHECK(roster.byPhone("13812345678")->externalId == std::optional<std::string>("V001"));
}
