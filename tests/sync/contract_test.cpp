// The district contract (docs/district-api.md) against the code: every event type the kiosk
// writes has its payload defined there, every field the kiosk sends is named there, and the
// contract names no type the kiosk does not write.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "data/outbox.h"
#include "drivers/idcard/sim/fixture_cards.h"
#include "kiosk/appeals/appeal_desk.h"
#include "kiosk/appeals/department_replies.h"
#include "kiosk/base/local_time.h"
#include "kiosk/district/station_settings.h"
#include "kiosk/figures/figures_report.h"
#include "kiosk/requests/request_desk.h"
#include "kiosk/residents/person_ref.h"
#include "kiosk/sync/event_types.h"
#include "support/station_fixture.h"
#include "support/volunteer_fixture.h"

using namespace yizhan;
using namespace yizhan::kiosk;

namespace {
std::string slurp(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// Section 5 of the contract: each event type's text, by type. A heading names one or more
// types in backticks; the text under it, up to the next heading, defines their payload.
std::map<std::string, std::string> contractEventSections() {
  std::string doc = slurp(std::filesystem::path(YIZHAN_SOURCE_DIR) / "docs" / "district-api.md");
  size_t from = doc.find("\n## 5.");
  size_t to = doc.find("\n## 6.");
  REQUIRE(from != std::string::npos);
  REQUIRE(to != std::string::npos);
  std::istringstream lines(doc.substr(from, to - from));
  std::map<std::string, std::string> sections;
  std::vector<std::string> current;
  static const std::regex name("`([a-z_]+\\.[a-z_]+)`");
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("#### ", 0) == 0) {
      current.clear();
      for (std::sregex_iterator m(line.begin(), line.end(), name), end; m != end; ++m) {
        current.push_back((*m)[1]);
        sections[(*m)[1]];
      }
      continue;
    }
    if (line.rfind("#", 0) == 0) current.clear();
    for (const auto& type : current) sections[type] += line + "\n";
  }
  return sections;
}

// A scripted day touching every feature that writes to the outbox.
std::vector<data::OutboxEvent> eventsOfAFullDay() {
  test::StationFixture f;
  Station& s = f.station;
  QueueService& queue = s.queue();
  auto a = queue.issue("social-security", false).issued->ticket;
  queue.recordPrint(a.id, true);
  auto b = queue.issue("social-security", true).issued->ticket;
  queue.recordPrint(b.id, false);
  queue.issue("utilities", false);
  queue.openCounter(1);
  queue.callNext(1);  // b: the day starts with a priority ticket
  queue.recall(1);
  queue.hold(1);
  queue.callNext(1);  // a
  queue.transfer(1, "consultation");
  queue.resume(1, b.id);
  queue.complete(1);
  queue.callNext(1);
  queue.recall(1);
  queue.recall(1);
  queue.noShow(1);
  queue.closeCounter(1);
  queue.recordDailySummary();

  const PersonalKey& key = *s.personalKey();
  auto& appointments = s.appointments();
  auto kept = appointments.book("social-security", "2026-11-24", 600,
                                *personOfPhone("13812345678", key), "kiosk");
  appointments.checkInByCode(appointmentQrPayload(kept.booked->uuid));
  appointments.book("civil-affairs", "2026-11-24", 630,
                    personOfCard(drivers::sim::elderlyResident(), key), "kiosk");
  f.clock.advance(std::chrono::hours(2));
  appointments.markMissed();

  auto call = s.staffCalls().raise("kiosk");
  s.staffCalls().handle(call.id);
  s.residents().setDisability(drivers::sim::elderlyResident(), true, "test");

  VolunteerDetails volunteer = test::wangXiaoming();
  auto enrolled = s.volunteerRoster().enrollOrUpdate(volunteer, "import", "test");
  volunteer.team = "志愿服务队";
  s.volunteerRoster().enrollOrUpdate(volunteer, "import", "test");
  auto& shifts = s.volunteerShifts();
  shifts.signIn(*enrolled.id, "duty");
  f.clock.advance(std::chrono::minutes(90));
  shifts.signOut(*enrolled.id);
  shifts.signIn(*enrolled.id, "on_behalf");
  f.clock.advance(std::chrono::hours(12));
  shifts.closeForgotten();
  shifts.confirm(shifts.awaitingReview().at(0).id, "staff");

  // An on-behalf request round the whole lifecycle: every action once.
  RequestDesk& desk = s.requests();
  ResidentDetails resident;
  resident.name = "张桂兰";
  resident.phone = "13911112222";
  resident.address = ResidentAddress{"3号楼", "2单元", "301"};
  std::int64_t residentId =
      desk.residents().enrollOrUpdate(resident, "staff", "staff").resident->id;
  auto submit = [&](const char* errand, std::vector<std::string> answers) {
    SubmitAsk ask;
    ask.residentId = residentId;
    ask.errandId = errand;
    ask.answers = std::move(answers);
    return desk.submit(ask).request->id;
  };
  auto act = [&](std::int64_t id, RequestAction action, RequestActor actor, const char* reason = "",
                 const char* note = "", int days = 0) {
    ActAsk ask;
    ask.action = action;
    ask.actor = actor;
    ask.reason = reason;
    ask.note = note;
    ask.volunteerId = *enrolled.id;
    ask.extensionDays = days;
    REQUIRE(desk.act(id, ask));
  };
  using A = RequestAction;
  RequestActor staff = RequestActor::staff("console"), doer = RequestActor::volunteer(*enrolled.id);
  shifts.signIn(*enrolled.id, "on_behalf");
  std::int64_t one = submit("medicine", {"上午"});
  act(one, A::Take, doer);
  act(one, A::Decline, doer, "今天去不了");
  act(one, A::Dispatch, staff);
  act(one, A::Hold, doer, "等居民的医保卡");
  act(one, A::Resume, doer);
  act(one, A::Extend, staff, "药房缺货", "", 2);
  act(one, A::Start, doer);
  act(one, A::Resolve, doer, "", "已送到家");
  act(one, A::CallbackUnsatisfied, staff, "少了一盒药");
  act(one, A::Dispatch, staff);
  act(one, A::Start, doer);
  act(one, A::Resolve, doer, "", "已补送");
  act(one, A::CallbackSatisfied, staff);
  std::int64_t two = submit("utilities", {"水费", "上午"});
  act(two, A::Refer, staff, "由物业办理");
  std::int64_t three = submit("shopping", {"明天"});
  act(three, A::Cancel, RequestActor::resident(residentId));
  std::int64_t four = submit("other", {});
  act(four, A::Dispatch, staff);
  act(four, A::Start, staff);
  act(four, A::Resolve, staff, "", "已电话说明");
  act(four, A::CallbackUnreachable, staff);
  act(four, A::GiveUpCallback, staff);

  // Appeals: passed up, escalated, answered by the department (and once not), called back.
  auto appeal = [&](bool anonymous, const char* category, const char* spot) {
    AppealAsk ask;
    ask.residentId = residentId;
    ask.anonymous = anonymous;
    if (anonymous) ask.residentId.reset();
    ask.categoryId = category;
    ask.spot = spot;
    ask.urgent = true;
    return *s.appeals().submit(ask).appeal;
  };
  auto forward = [&](std::int64_t id, const char* department) {
    ActAsk ask;
    ask.action = A::Forward;
    ask.actor = staff;
    ask.department = department;
    REQUIRE(desk.act(id, ask));
  };
  int replies = 0;
  auto reply = [&](const RequestView& a, const char* kind, const char* note,
                   const char* department = "城管") {
    return s.departmentReplies().receive({"reply-" + std::to_string(++replies), a.uuid, department,
                                          kind, note, "2026-11-24T11:00:00+08:00"});
  };
  RequestView five = appeal(false, "sanitation", "垃圾分类站");
  forward(five.id, "城管");
  act(five.id, A::Escalate, staff, "社区协调不了");
  REQUIRE(reply(five, "received", "") == ReplyOutcome::Applied);
  REQUIRE(reply(five, "in_progress", "已派人") == ReplyOutcome::Applied);
  REQUIRE(reply(five, "done", "已清运") == ReplyOutcome::Applied);
  act(five.id, A::CallbackUnsatisfied, staff, "又堆满了");
  REQUIRE(reply(five, "sent_back", "应由物业清运") == ReplyOutcome::Applied);
  forward(five.id, "物业公司");
  REQUIRE(reply(five, "done", "已清运", "城管") == ReplyOutcome::WrongDepartment);
  REQUIRE(reply(five, "done", "已增加清运次数", "物业公司") == ReplyOutcome::Applied);
  act(five.id, A::CallbackSatisfied, staff);
  RequestView six = appeal(true, "parking", "停车场");
  forward(six.id, "物业公司");
  REQUIRE(reply(six, "done", "已挪车", "物业公司") == ReplyOutcome::Applied);
  // The day's figures, taken out by staff.
  reportFigures(s.store().db(),
                computeFigures(s.store().db(), WorkCalendar::builtIn(),
                               periodOf(FigurePeriod::Day, formatDay(f.clock.now())),
                               defaultGrids(), "红帆驿站"),
                FigurePeriod::Day, f.clock.now());
  return data::Outbox(s.store().db()).pending(10000);
}
}  // namespace

TEST_CASE("the contract defines exactly the event types the kiosk writes", "[sync][contract]") {
  std::set<std::string> registry(kEventTypes.begin(), kEventTypes.end());
  std::set<std::string> documented;
  for (const auto& [type, text] : contractEventSections()) documented.insert(type);
  CHECK(documented == registry);

  std::set<std::string> written;
  for (const auto& e : eventsOfAFullDay()) written.insert(e.type);
  // Every type is written by the scripted day, so the next check sees every payload.
  CHECK(written == registry);
}

TEST_CASE("every payload field the kiosk sends is defined in the contract", "[sync][contract]") {
  auto sections = contractEventSections();
  std::set<std::string> checked;
  for (const auto& e : eventsOfAFullDay()) {
    auto payload = nlohmann::json::parse(e.payload);
    REQUIRE(payload.is_object());
    INFO(e.type << " " << e.payload);
    REQUIRE(sections.count(e.type));
    // Fields of a type defined as "the fields of X, plus …" are found in X's text (collected
    // first: the text must not grow while the regex walks it).
    std::string text = sections[e.type];
    static const std::regex fieldsOf("fields of\\s+`([a-z_]+\\.[a-z_]+)`");
    std::vector<std::string> referenced;
    for (std::sregex_iterator m(text.begin(), text.end(), fieldsOf), end; m != end; ++m) {
      referenced.push_back((*m)[1]);
    }
    for (const auto& other : referenced) text += sections[other];
    for (const auto& [field, value] : payload.items()) {
      CHECK(text.find("`" + field + "`") != std::string::npos);
      checked.insert(e.type + "." + field);
    }
    CHECK(e.occurredAt.size() == 25);
    CHECK(e.occurredAt.substr(19) == "+08:00");
  }
  CHECK(checked.size() > 40);
}

TEST_CASE("the contract's configuration example is one the station applies whole",
          "[sync][contract]") {
  std::string doc = slurp(std::filesystem::path(YIZHAN_SOURCE_DIR) / "docs" / "district-api.md");
  size_t section = doc.find("\n## 6.");
  REQUIRE(section != std::string::npos);
  size_t from = doc.find("```json\n", section);
  size_t to = doc.find("```", from + 8);
  REQUIRE(to != std::string::npos);
  auto example = nlohmann::json::parse(doc.substr(from + 8, to - from - 8), nullptr, false);
  REQUIRE(example.is_object());
  // Every section the station acts on is in the example, so each is tried here.
  for (const char* name : {"services", "counters", "calendar", "announcements", "appointments",
                           "volunteer_roster", "errand_types"}) {
    CHECK(example["sections"].contains(name));
  }
  test::StationFixture f;
  data::Database& db = f.station.store().db();
  std::optional<std::string> refused;
  {
    data::Transaction tx(db);
    refused = f.station.configApplier()->apply(db, example.dump());
    if (!refused) tx.commit();
  }
  INFO(refused.value_or(""));
  REQUIRE_FALSE(refused);
  // Each volunteer key the example shows took effect.
  auto zhang = f.station.volunteerRoster().byPhone("13900001111");
  REQUIRE(zhang);
  CHECK(zhang->externalId == std::optional<std::string>("D-17"));
  CHECK(zhang->employer == "区住建局");
  CHECK(zhang->skills.size() == 2);
  drivers::Identity card;
  card.number = "11010519491231002X";
  REQUIRE(f.station.volunteerRoster().byCard(card));
  CHECK(f.station.volunteerRoster().byCard(card)->kind == VolunteerKind::RetiredMember);
  CHECK(f.station.appointments().ofDay("2026-12-15").size() == 1);
  auto errands = loadStationSettings(db, f.station.config().queue).errandTypes;
  REQUIRE(errands);
  REQUIRE(errands->size() == 2);
  CHECK(errands->at(0).questions.at(0).choices.size() == 3);
  CHECK(errands->at(1).deadlineWorkingDays == 3);  // the default when not sent
}

TEST_CASE("no event type is written that the registry lacks", "[sync][contract]") {
  // Scans the kiosk's sources for literals shaped like event types ("ticket.issued"): each
  // must be a registered type, or one of the station-only audit actions.
  const std::set<std::string> auditOnly = {"staff.pin_set",
                                           "staff.login",
                                           "staff.locked",
                                           "staff.login_failed",
                                           "sync.retry",
                                           "sync.discard",
                                           "sync.reconnect",
                                           "volunteer.pin_set",
                                           "volunteer.pin_locked",
                                           "volunteer.pin_failed",
                                           "volunteer.record_issued",
                                           "resident.listed",
                                           "resident.updated",
                                           "resident.unit_listed",
                                           "resident.details_shown",
                                           "request.purged",
                                           "appeal_reply.handled"};
  std::set<std::string> registry(kEventTypes.begin(), kEventTypes.end());
  static const std::regex literal("\"([a-z_]+\\.[a-z_]+)\"");
  static const std::regex fileName(".*\\.(key|toml|json|html|png|txt|md|db|sqlite|log|pem)");
  int seen = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(
           std::filesystem::path(YIZHAN_SOURCE_DIR) / "kiosk")) {
    auto ext = entry.path().extension();
    if (ext != ".cpp" && ext != ".h") continue;
    std::string text = slurp(entry.path());
    for (std::sregex_iterator m(text.begin(), text.end(), literal), end; m != end; ++m) {
      std::string name = (*m)[1];
      if (std::regex_match(name, fileName) || auditOnly.count(name)) continue;
      INFO(entry.path().string() << ": \"" << name << "\"");
      CHECK(registry.count(name) == 1);
      ++seen;
    }
  }
  CHECK(seen >= static_cast<int>(kEventTypes.size()));
}
