// The departments' replies as they come down (issue 17, requirement 2 and the bad input): each
// kept once; one that fits moves its appeal; one out of order is applied when it can be (done
// before received) and ignored as stale when it is behind; a duplicate changes nothing; one
// for an unknown appeal or from a department the appeal was never sent to is kept and shown to
// staff — never dropped — and the district is told it was kept.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "data/appeal_reply_repository.h"
#include "support/appeal_fixture.h"

using namespace yizhan;
using namespace yizhan::kiosk;
using S = RequestState;

TEST_CASE(
    "a reply twice changes nothing — done before received counts — received after done "
    "is stale",
    "[requests][appeals][replies]") {
  test::AppealFixture f;
  RequestView a = f.zhangAppeals();
  REQUIRE(f.forward(a.id));
  // A second 签收 under a new id says nothing new.
  RequestView b = f.zhangAppeals("noise");
  REQUIRE(f.forward(b.id));
  CHECK(f.reply(b, "received") == ReplyOutcome::Applied);
  CHECK(f.reply(b, "received") == ReplyOutcome::Stale);
  CHECK(f.desk.find(b.id)->state == S::Taken);
  CHECK(f.reply(a, "done", "已清扫", "城管", "r-1") == ReplyOutcome::Applied);
  CHECK(f.desk.find(a.id)->state == S::Resolved);
  auto events = f.desk.history(a.id).size();
  CHECK(f.reply(a, "done", "已清扫", "城管", "r-1") == ReplyOutcome::Duplicate);
  CHECK(f.reply(a, "received", "", "城管", "r-0") == ReplyOutcome::Stale);
  CHECK(f.reply(a, "in_progress", "", "城管") == ReplyOutcome::Stale);
  CHECK(f.desk.history(a.id).size() == events);
  CHECK(f.desk.find(a.id)->state == S::Resolved);
  // Stale replies are kept, but staff have nothing to do about them.
  CHECK(data::AppealReplyRepository(f.station.store().db()).ofRequest(a.id).size() == 3);
  CHECK(f.replies.keptCount() == 0);
}

TEST_CASE("a reply for an unknown appeal, or from another department, is kept for staff",
          "[requests][appeals][replies]") {
  test::AppealFixture f;
  RequestView a = f.zhangAppeals();
  // Not forwarded yet: no department may answer.
  CHECK(f.reply(a, "received") == ReplyOutcome::WrongDepartment);
  REQUIRE(f.forward(a.id, "物业公司"));
  CHECK(f.reply(a, "done", "已处理", "城管") == ReplyOutcome::WrongDepartment);
  CHECK(f.desk.find(a.id)->state == S::Dispatched);  // untouched
  RequestView ghost = a;
  ghost.uuid = "no-such-appeal";
  CHECK(f.reply(ghost, "received") == ReplyOutcome::UnknownAppeal);
  // An errand's uuid is not an appeal's.
  RequestView errand = f.utilitiesForZhang();
  CHECK(f.reply(errand, "received") == ReplyOutcome::UnknownAppeal);
  // Malformed: an unknown kind, a note past 500 characters; kept too.
  CHECK(f.reply(a, "approved", "", "物业公司") == ReplyOutcome::Refused);
  std::string longNote;
  for (int i = 0; i < 501; ++i) longNote += "好";
  CHECK(f.reply(a, "done", longNote, "物业公司") == ReplyOutcome::Refused);
  // A done without what was done cannot resolve it: kept, with why.
  CHECK(f.reply(a, "done", "", "物业公司") == ReplyOutcome::Refused);

  auto kept = f.replies.kept();
  REQUIRE(kept.size() == 7);
  CHECK(kept[0].outcome == ReplyOutcome::WrongDepartment);
  CHECK(kept[1].department == "城管");
  CHECK(kept[1].detail == "forwarded to 物业公司");
  CHECK(kept[2].outcome == ReplyOutcome::UnknownAppeal);
  CHECK(kept[2].appealNumber.empty());
  CHECK(kept[5].note.size() <= 500 * 3);  // kept within bounds, whole characters
  CHECK(kept[6].detail == "请选择办理结果");
  for (const KeptReply& k : kept) CHECK_FALSE(replyOutcomeText(k.outcome).empty());
  // The district hears of each.
  auto told = f.eventsOfType("appeal.reply_kept");
  REQUIRE(told.size() == 7);
  auto p = nlohmann::json::parse(told[1].payload);
  CHECK(p["outcome"] == "wrong_department");
  CHECK(p["appeal_id"] == a.uuid);

  // Staff deal with one; it leaves the list, once.
  CHECK(f.replies.handled(kept[0].id, "console-1"));
  CHECK_FALSE(f.replies.handled(kept[0].id, "console-1"));
  CHECK(f.replies.keptCount() == 6);
}

TEST_CASE("a department sends an appeal back — staff forward it elsewhere",
          "[requests][appeals]"
          "[replies]") {
  test::AppealFixture f;
  RequestView a = f.zhangAppeals("facility");
  REQUIRE(f.forward(a.id, "城管"));
  CHECK(f.reply(a, "received") == ReplyOutcome::Applied);
  CHECK(f.reply(a, "sent_back", "路灯归供电公司管") == ReplyOutcome::Applied);
  auto back = f.desk.find(a.id);
  CHECK(back->state == S::Accepted);
  CHECK(back->department.empty());
  auto history = f.desk.history(a.id);
  CHECK(history.back().action == "department_sent_back");
  CHECK(history.back().department == "城管");  // who sent it back
  CHECK(history.back().reason == "路灯归供电公司管");
  // 城管 has let it go: its later word is kept, not applied.
  CHECK(f.reply(a, "done", "已修") == ReplyOutcome::WrongDepartment);
  REQUIRE(f.forward(a.id, "供电"));
  CHECK(f.reply(a, "done", "路灯已修复", "供电") == ReplyOutcome::Applied);
  CHECK(f.desk.find(a.id)->state == S::Resolved);
}
