#include "kiosk/volunteers/service_record.h"

#include <map>

#include "data/volunteer_points_repository.h"
#include "data/volunteer_repository.h"
#include "data/volunteer_shift_repository.h"
#include "drivers/printer/escpos_builder.h"
#include "kiosk/volunteers/volunteer_flow.h"
#include "kiosk/volunteers/volunteer_shifts.h"
#include "kiosk/volunteers/volunteer_strings.h"

namespace yizhan::kiosk {

using drivers::Align;

ServiceRecord serviceRecordOf(data::Database& db, std::int64_t volunteerId,
                              const std::string& fromDay, const std::string& toDay) {
  ServiceRecord r;
  r.volunteerId = volunteerId;
  r.fromDay = fromDay;
  r.toDay = toDay;
  if (auto v = data::VolunteerRepository(db).find(volunteerId)) {
    r.nameMasked = v->nameMasked;
    r.team = v->team;
    r.volunteerNumber = v->externalId.value_or(std::to_string(v->id));
  }
  std::map<std::string, std::int64_t> byActivity;
  for (const auto& s :
       data::VolunteerShiftRepository(db).ofVolunteerBetween(volunteerId, fromDay, toDay)) {
    if (s.status == "review") {
      ++r.awaitingReview;
    } else if (s.status != "open" && s.creditedMinutes > 0) {
      byActivity[s.activity] += s.creditedMinutes;
      r.totalMinutes += s.creditedMinutes;
      ++r.shifts;
    }
  }
  // In the kiosk's order of activities, not the alphabet's.
  for (std::string_view a : kVolunteerActivities) {
    auto it = byActivity.find(std::string(a));
    if (it != byActivity.end()) r.minutesByActivity.emplace_back(it->first, it->second);
  }
  r.pointsTenths = data::VolunteerPointsRepository(db).tenthsBetween(volunteerId, fromDay, toDay);
  return r;
}

std::vector<std::uint8_t> composeServiceRecord(const ServiceRecord& r, Lang lang,
                                               const drivers::PrinterProfile& profile,
                                               const drivers::TextRaster& raster) {
  drivers::EscPosBuilder b(profile, raster);
  b.align(Align::Center).bold(true).line(r.stationName);
  b.size(2, 2).line(text(VolStr::RecordTitle, lang));
  b.size(1, 1).bold(false).align(Align::Left);
  b.line(format(VolStr::RecordVolunteer, lang, {r.nameMasked, r.volunteerNumber}));
  b.line(format(VolStr::RecordTeam, lang, {r.team}));
  b.line(format(VolStr::RecordPeriod, lang, {r.fromDay, r.toDay}));
  b.feed(1);
  for (const auto& [activity, minutes] : r.minutesByActivity) {
    b.line(activityWords(activity, lang) + "  " + serviceTimeWords(minutes, lang));
  }
  b.bold(true).line(format(VolStr::RecordTotal, lang,
                           {serviceTimeWords(r.totalMinutes, lang), std::to_string(r.shifts)}));
  b.line(format(VolStr::RecordPoints, lang, {pointsText(static_cast<int>(r.pointsTenths))}));
  b.bold(false);
  if (r.awaitingReview > 0)
    b.line(format(VolStr::RecordAwaiting, lang, {std::to_string(r.awaitingReview)}));
  b.feed(1);
  b.line(format(VolStr::RecordConfirmed, lang, {r.stationName}));
  b.line(format(VolStr::RecordNumber, lang, {r.recordNumber}));
  b.line(r.printedLocal);
  b.feed(2).cut();
  return b.bytes();
}

}  // namespace yizhan::kiosk
