// The echo wall (回音墙, issue 17, requirement 4): what was done and closed in the last seven
// days, newest first, with what it was, where (an appeal's building, never its unit; an
// errand's grid), what was done, by whom and in how many working days; nothing that names or
// numbers a person, whatever the notes said; nothing withdrawn, passed out, reopened or old.
#include <catch2/catch.hpp>

#include "kiosk/echo/echo_wall.h"
#include "kiosk/echo/public_note.h"
#include "support/echo_wall_seed.h"
#include "support/station_fixture.h"

using namespace yizhan;
using namespace yizhan::kiosk;

TEST_CASE("a public note keeps what was done and drops who, which door and which number",
          "[requests][echo]") {
  std::vector<KnownName> names{{"张*兰 110***********0022", "居民"}, {"王*明", "志愿者"}};
  CHECK(publicNote("王小明已为张桂兰代缴电费200元", names) == "志愿者已为居民代缴电费200元");
  CHECK(publicNote("送回3号楼2单元301，电话13911112222", names) == "送回3号楼＊，电话＊");
  CHECK(publicNote("已告知张阿姨和李大爷", names) == "已告知阿姨和大爷");
  CHECK(publicNote("身份证110105194003150022已核验", names) == "身份证＊已核验");
  CHECK(publicNote("全角１３９１１１１２２２也不行", names) == "全角＊也不行");
  CHECK(publicNote("换了2个灯泡", names) == "换了2个灯泡");  // counts stay
  CHECK(publicNote("清运垃圾120袋", names) == "清运垃圾120袋");
  CHECK(publicNote("打了13911112222元", names) == "打了＊元");  // a phone is no amount
  CHECK(publicNote("", names).empty());
  // A wall shows so much of it, and says there was more.
  std::string longNote;
  for (int i = 0; i < 50; ++i) longNote += "清";
  std::string cut = publicNote(longNote, names);
  CHECK(utf8Characters(cut) == kPublicNoteCharacters);
  CHECK(cut.substr(cut.size() - 3) == "…");
  // Masked forms that match nothing, or everything, are not used.
  CHECK(publicNote("已办好", {{"", "居民"}, {"*", "居民"}, {"**", "居民"}}) == "已办好");
  // Bytes that are not UTF-8 do not crash it.
  CHECK_FALSE(publicNote(std::string("\xff\xfe\x80" "abc", 6), names).empty());
}

TEST_CASE("the echo wall: done and closed this week, what, where, by whom, how long",
          "[requests][echo]") {
  test::StationFixture f;
  test::seedEchoWall(f.station, f.clock);
  EchoWall wall(f.station.store().db(), defaultGrids());
  std::vector<EchoEntry> entries = wall.recent(f.clock.now(), WorkCalendar::builtIn(), Lang::Zh);
  REQUIRE(entries.size() == 3);
  // Newest first: the anonymous car park, the stairwell, the electricity bill.
  CHECK(entries[0] ==
        EchoEntry{true, "停车", "停车场", "已清理占道车辆，划好停车线", "社区", 0, "2026-11-24"});
  CHECK(entries[1] == EchoEntry{true, "环境卫生", "3号楼", "楼道垃圾已清运，已告知阿姨", "城管", 0,
                                "2026-11-24"});
  CHECK(entries[2] == EchoEntry{false, "代缴水电气费", "第一网格",
                                "志愿者已为居民代缴电费200元，送回3号楼＊，电话＊", "志愿者", 1,
                                "2026-11-24"});
  // Nothing on it names or numbers her, or says which door.
  for (const EchoEntry& e : entries) {
    for (const std::string& s : {e.what, e.where, e.done, e.by}) {
      CHECK(s.find("张") == std::string::npos);
      CHECK(s.find("王小明") == std::string::npos);
      CHECK(s.find("2单元") == std::string::npos);
      CHECK(s.find("301") == std::string::npos);
      CHECK(s.find("1391111") == std::string::npos);
    }
  }
  // A page of it, and the last page when asked past it.
  EchoWallPage first = echoWallPage(entries, 0, 2);
  CHECK(first.total == 3);
  CHECK(first.pages == 2);
  CHECK(first.entries.size() == 2);
  EchoWallPage past = echoWallPage(entries, 9, 2);
  CHECK(past.page == 1);
  CHECK(past.entries == std::vector<EchoEntry>{entries[2]});
  CHECK(echoWallPage({}, 0, 4).pages == 1);
  CHECK(echoDaysWords(0, Lang::Zh) == "当天办好");
  CHECK(echoDaysWords(2, Lang::Zh) == "用时2个工作日");
  // A week on, it has gone from the wall.
  CHECK(wall.recent(f.clock.now() + std::chrono::hours(24 * 8), WorkCalendar::builtIn(), Lang::Zh)
            .empty());
}
