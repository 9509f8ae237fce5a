// A volunteer's QR card (issue 15, requirement 2): this station's cards read back to their
// volunteer; another station's, a forged or altered one, a torn one and anybody else's code
// are each refused for what they are.
#include <catch2/catch.hpp>

#include "kiosk/volunteers/volunteer_card.h"
#include "support/temp_dir.h"

using namespace yizhan;
using kiosk::VolunteerCardProblem;

namespace {
kiosk::PersonalKey keyIn(const test::TempDir& dir, const char* name) {
  return kiosk::PersonalKey::loadOrCreate(dir.path() / name / "personal.key");
}
}  // namespace

TEST_CASE("a volunteer's card reads back to its volunteer at the station that issued it",
          "[volunteers][cards]") {
  test::TempDir dir;
  auto key = keyIn(dir, "a");
  std::string code = kiosk::volunteerCardCode("sishui-hf-012", 17, key);
  CHECK(code.rfind("YZV:sishui-hf-012:17:", 0) == 0);
  CHECK(code.size() == std::string("YZV:sishui-hf-012:17:").size() + 16);
  auto read = kiosk::readVolunteerCard(code, "sishui-hf-012", key);
  CHECK(read.problem == VolunteerCardProblem::None);
  CHECK(read.volunteerId == 17);
  // The key kept on disk gives the same tags after a restart.
  auto again = keyIn(dir, "a");
  CHECK(kiosk::readVolunteerCard(code, "sishui-hf-012", again).volunteerId == 17);
}

TEST_CASE("another station's card, a forged tag and another key are refused",
          "[volunteers][cards]") {
  test::TempDir dir;
  auto key = keyIn(dir, "a");
  auto otherKey = keyIn(dir, "b");
  std::string code = kiosk::volunteerCardCode("sishui-hf-012", 17, key);
  CHECK(kiosk::readVolunteerCard(code, "sishui-hf-013", key).problem ==
        VolunteerCardProblem::OtherStation);
  // The same station id and volunteer, tagged by another station's key: forged.
  CHECK(kiosk::readVolunteerCard(kiosk::volunteerCardCode("sishui-hf-012", 17, otherKey),
                                 "sishui-hf-012", key)
            .problem == VolunteerCardProblem::BadTag);
  // One character of the tag changed; the volunteer's number changed under the same tag.
  std::string altered = code;
  altered.back() = altered.back() == '0' ? '1' : '0';
  CHECK(kiosk::readVolunteerCard(altered, "sishui-hf-012", key).problem ==
        VolunteerCardProblem::BadTag);
  std::string otherVolunteer = code;
  otherVolunteer.replace(otherVolunteer.find(":17:"), 4, ":18:");
  CHECK(kiosk::readVolunteerCard(otherVolunteer, "sishui-hf-012", key).problem ==
        VolunteerCardProblem::BadTag);
}

TEST_CASE("torn or misread cards and other codes are told apart", "[volunteers][cards]") {
  test::TempDir dir;
  auto key = keyIn(dir, "a");
  for (const char* code : {"YZA:4f0c", "YZT:AB12CD", "https://qr.alipay.com/xyz", ""}) {
    INFO(code);
    CHECK(kiosk::readVolunteerCard(code, "demo-station", key).problem ==
          VolunteerCardProblem::NotAVolunteerCard);
  }
  for (const char* code :
       {"YZV:", "YZV:demo-station:17", "YZV:demo-station:17:abcd",
        "YZV:demo-station:x7:0123456789abcdef", "YZV::17:0123456789abcdef",
        "YZV:demo-station:017:0123456789abcdef", "YZV:demo-station:0:0123456789abcdef",
        "YZV:demo-station:9999999999999:0123456789abcdef",
        "YZV:demo-station:17:0123456789abcdef:extra", "YZV:demo-station:-17:0123456789abcdef"}) {
    INFO(code);
    CHECK(kiosk::readVolunteerCard(code, "demo-station", key).problem ==
          VolunteerCardProblem::Malformed);
  }
}
