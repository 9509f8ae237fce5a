#pragma once
// One volunteer as the tests enrol them: an in-service party member of the 红色代办 team.
#include "kiosk/station.h"
#include "kiosk/volunteers/volunteer_roster.h"

namespace yizhan::test {

inline kiosk::VolunteerDetails wangXiaoming() {
  kiosk::VolunteerDetails d;
  d.externalId = "V001";
  d.name = "王小明";
  d.phone = "13812345678";
  d.idNumber = "110105198001011238";
  d.team = "红色代办服务队";
  d.kind = kiosk::VolunteerKind::InServiceMember;
  d.employer = "区税务局";
  d.skills = {"代缴水电气费", "代取药品"};
  return d;
}

// Enrols `details` (by default 王小明) with `phone`, returning their id.
inline std::int64_t enrolVolunteer(kiosk::Station& station, const char* phone = "13812345678",
                                   kiosk::VolunteerDetails details = wangXiaoming()) {
  details.phone = phone;
  if (std::string(phone) != "13812345678") {
    details.externalId.reset();
    details.idNumber.reset();
  }
  return *station.volunteerRoster().enrollOrUpdate(details, "kiosk", "staff").id;
}

}  // namespace yizhan::test
