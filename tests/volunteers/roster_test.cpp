// The volunteer roster (issue 15, requirement 1): names and phones sealed, ID numbers hashed,
// masked forms to show, an event per change, nothing written twice, one phone per volunteer.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "data/outbox.h"
#include "data/volunteer_repository.h"
#include "kiosk/residents/person_ref.h"
#include "kiosk/residents/personal_seal.h"
#include "support/station_fixture.h"
#include "support/volunteer_fixture.h"

using namespace yizhan;
using kiosk::RosterProblem;
using kiosk::VolunteerDetails;
using kiosk::VolunteerKind;

namespace {

std::vector<data::OutboxEvent> eventsOf(test::StationFixture& f, const std::string& type) {
  std::vector<data::OutboxEvent> out;
  for (auto& e : data::Outbox(f.station.store().db()).pending(1000)) {
    if (e.type == type) out.push_back(e);
  }
  return out;
}
}  // namespace

TEST_CASE("a seal opens only with its key and for its purpose", "[volunteers][roster]") {
  test::TempDir dir;
  auto seal = kiosk::PersonalSeal::loadOrCreate(dir.path() / "a" / "seal.key");
  auto other = kiosk::PersonalSeal::loadOrCreate(dir.path() / "b" / "seal.key");
  std::string sealed = seal.seal("volunteer-name", "王小明");
  CHECK(sealed.rfind("s1:", 0) == 0);
  CHECK(sealed.find("王") == std::string::npos);
  CHECK(seal.open("volunteer-name", sealed) == std::optional<std::string>("王小明"));
  // A fresh nonce each time: the same name never seals to the same text.
  CHECK(seal.seal("volunteer-name", "王小明") != sealed);
  CHECK_FALSE(seal.open("volunteer-phone", sealed));
  CHECK_FALSE(other.open("volunteer-name", sealed));
  std::string altered = sealed;
  altered[10] = altered[10] == 'A' ? 'B' : 'A';
  CHECK_FALSE(seal.open("volunteer-name", altered));
  CHECK_FALSE(seal.open("volunteer-name", "s1:"));
  CHECK_FALSE(seal.open("volunteer-name", "王小明"));
  // The key survives a restart.
  auto again = kiosk::PersonalSeal::loadOrCreate(dir.path() / "a" / "seal.key");
  CHECK(again.open("volunteer-name", sealed) == std::optional<std::string>("王小明"));
}

TEST_CASE("names are masked as Chinese notices print them", "[volunteers][roster]") {
  CHECK(kiosk::maskName("王小明") == "王*明");
  CHECK(kiosk::maskName("李四") == "李*");
  CHECK(kiosk::maskName("欧阳娜娜") == "欧**娜");
  CHECK(kiosk::maskName("王") == "*");
  CHECK(kiosk::maskName("") == "");
  CHECK(kiosk::maskName("𠮷野家") == "𠮷*家");
}

TEST_CASE("a volunteer enrolled is stored sealed, hashed and masked, with an event",
          "[volunteers][roster]") {
  test::StationFixture f;
  auto& roster = f.station.volunteerRoster();
  auto out = roster.enrollOrUpdate(test::wangXiaoming(), "kiosk", "staff");
  REQUIRE_FALSE(out.problem);
  REQUIRE(out.id);
  CHECK(out.changed);

  auto stored = data::VolunteerRepository(f.station.store().db()).find(*out.id);
  REQUIRE(stored);
  CHECK(stored->nameSealed.find("王") == std::string::npos);
  CHECK(stored->nameMasked == "王*明");
  CHECK(stored->phoneMasked == std::optional<std::string>("138****5678"));
  CHECK(stored->phoneSealed->find("13812345678") == std::string::npos);
  CHECK(stored->idMasked == std::optional<std::string>("110***********1238"));
  CHECK(stored->idHash->size() == 64);

  auto found = roster.byPhone("13812345678");
  REQUIRE(found);
  CHECK(found->id == *out.id);
  CHECK(found->skills == std::vector<std::string>{"代缴水电气费", "代取药品"});
  drivers::Identity card;
  card.name = "王小明";
  card.number = "110105198001011238";
  CHECK(roster.byCard(card)->id == *out.id);
  CHECK_FALSE(roster.byPhone("13900000000"));
  // Staff read the details back in full.
  auto full = roster.fullDetails(*out.id);
  REQUIRE(full);
  CHECK(full->name == "王小明");
  CHECK(full->phone == "13812345678");

  auto events = eventsOf(f, "volunteer.enrolled");
  REQUIRE(events.size() == 1);
  auto payload = nlohmann::json::parse(events[0].payload);
  CHECK(payload["volunteer_id"] == *out.id);
  CHECK(payload["name_masked"] == "王*明");
  CHECK(payload["kind"] == "in_service_member");
  CHECK(events[0].payload.find("王小明") == std::string::npos);
  CHECK(events[0].payload.find("13812345678") == std::string::npos);
}

TEST_CASE("the same details again change nothing, a change is one update event",
          "[volunteers][roster]") {
  test::StationFixture f;
  auto& roster = f.station.volunteerRoster();
  auto first = roster.enrollOrUpdate(test::wangXiaoming(), "import", "admin");
  auto again = roster.enrollOrUpdate(test::wangXiaoming(), "import", "admin");
  CHECK(again.id == first.id);
  CHECK_FALSE(again.changed);
  CHECK(eventsOf(f, "volunteer.updated").empty());

  auto moved = test::wangXiaoming();
  moved.team = "志愿服务队";
  moved.phone = "13900001111";
  auto changed = roster.enrollOrUpdate(moved, "import", "admin");
  CHECK(changed.id == first.id);  // found by its external id
  CHECK(changed.changed);
  CHECK(changed.existed);
  CHECK(eventsOf(f, "volunteer.updated").size() == 1);
  CHECK_FALSE(roster.byPhone("13812345678"));
  CHECK(roster.byPhone("13900001111")->team == "志愿服务队");
}

TEST_CASE("a phone or ID number belongs to one volunteer, and bad details are named",
          "[volunteers][roster]") {
  test::StationFixture f;
  auto& roster = f.station.volunteerRoster();
  REQUIRE(roster.enrollOrUpdate(test::wangXiaoming(), "kiosk", "staff").id);

  auto other = test::wangXiaoming();
  other.externalId = "V002";
  other.name = "李四";
  CHECK(roster.enrollOrUpdate(other, "kiosk", "staff").problem == RosterProblem::PhoneTaken);
  other.phone = "13900001111";
  CHECK(roster.enrollOrUpdate(other, "kiosk", "staff").problem == RosterProblem::IdNumberTaken);

  auto bad = test::wangXiaoming();
  bad.externalId.reset();
  bad.phone = "1381234";
  CHECK(roster.enrollOrUpdate(bad, "kiosk", "staff").problem == RosterProblem::PhoneInvalid);
  bad = test::wangXiaoming();
  bad.name = "";
  CHECK(roster.enrollOrUpdate(bad, "kiosk", "staff").problem == RosterProblem::NameMissing);
  bad = test::wangXiaoming();
  bad.employer = "";
  CHECK(roster.enrollOrUpdate(bad, "kiosk", "staff").problem == RosterProblem::EmployerMissing);
  bad = test::wangXiaoming();
  bad.idNumber = "110105198001011239";  // a wrong check digit
  CHECK(roster.enrollOrUpdate(bad, "kiosk", "staff").problem == RosterProblem::IdNumberInvalid);
  CHECK(eventsOf(f, "volunteer.enrolled").size() == 1);
  CHECK_FALSE(kiosk::rosterProblemText(RosterProblem::PhoneTaken).empty());
}
