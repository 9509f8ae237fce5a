#pragma once
// The request fixture's station, with appeals: 张桂兰 (on the roster) and anyone who leaves no
// name can raise one; a department's replies come as the district would send them down.
#include <string>

#include "kiosk/appeals/appeal_desk.h"
#include "kiosk/appeals/department_replies.h"
#include "support/request_fixture.h"

namespace yizhan::test {

struct AppealFixture : RequestFixture {
  kiosk::AppealDesk& appeals = station.appeals();
  kiosk::DepartmentReplies& replies = station.departmentReplies();
  int replyCount = 0;

  // 张桂兰 says the stairwell of her own building is dirty.
  kiosk::RequestView zhangAppeals(std::string category = "sanitation") {
    kiosk::AppealAsk ask;
    ask.residentId = zhang;
    ask.categoryId = std::move(category);
    ask.building = "3号楼";
    ask.unit = "2单元";
    return *appeals.submit(ask).appeal;
  }
  // Somebody who left no name says the car park is blocked.
  kiosk::RequestView anonymousAppeal() {
    kiosk::AppealAsk ask;
    ask.anonymous = true;
    ask.categoryId = "parking";
    ask.spot = "停车场";
    return *appeals.submit(ask).appeal;
  }
  kiosk::ActOutcome forward(std::int64_t id, std::string department = "城管") {
    kiosk::ActAsk ask;
    ask.action = kiosk::RequestAction::Forward;
    ask.actor = kiosk::RequestActor::staff("console-1");
    ask.department = std::move(department);
    return desk.act(id, ask);
  }
  // A reply from `department`, with a new reply id unless one is given.
  kiosk::ReplyOutcome reply(const kiosk::RequestView& appeal, std::string kind,
                            std::string note = "", std::string department = "城管",
                            std::string replyId = "") {
    kiosk::DepartmentReply r;
    r.replyId = replyId.empty() ? "rp-" + std::to_string(++replyCount) : replyId;
    r.appealUuid = appeal.uuid;
    r.department = std::move(department);
    r.kind = std::move(kind);
    r.note = std::move(note);
    r.at = "2026-11-24T10:00:00+08:00";
    return replies.receive(r);
  }
  std::vector<data::OutboxEvent> eventsOfType(const std::string& type) {
    std::vector<data::OutboxEvent> out;
    for (auto& e : data::Outbox(station.store().db()).pending(10000))
      if (e.type == type) out.push_back(e);
    return out;
  }
};

}  // namespace yizhan::test
