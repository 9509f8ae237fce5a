#pragma once
// A volunteer's service record (志愿服务记录, after the MCA's 2021 rules for records and their
// proofs): who, what service, where, how long, for a range of days, with the organising
// station's confirmation and a record number that staff can look up in the audit log. The
// printed slip shows the masked name: the kiosk's paper is seen by others.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "data/database.h"
#include "drivers/printer/printer_profile.h"
#include "drivers/printer/text_raster.h"
#include "kiosk/base/strings.h"

namespace yizhan::kiosk {

struct ServiceRecord {
  std::int64_t volunteerId = 0;
  std::string volunteerNumber;  // the district's id, or the station's
  std::string nameMasked;
  std::string team;
  std::string fromDay, toDay;
  std::vector<std::pair<std::string, std::int64_t>> minutesByActivity;  // activity id, minutes
  std::int64_t totalMinutes = 0;
  int shifts = 0;          // credited shifts
  int awaitingReview = 0;  // flagged shifts not counted until staff answer
  std::int64_t pointsTenths = 0;
  std::string stationName;
  std::string recordNumber;  // VR- and eight characters, audited when printed
  std::string printedLocal;  // 2026-11-24 11:30
};

// The record of [fromDay, toDay] from the store: credited shifts by activity, the points of
// those days. The caller sets the station's name, the number and the time of printing.
ServiceRecord serviceRecordOf(data::Database& db, std::int64_t volunteerId,
                              const std::string& fromDay, const std::string& toDay);

std::vector<std::uint8_t> composeServiceRecord(const ServiceRecord& record, Lang lang,
                                               const drivers::PrinterProfile& profile,
                                               const drivers::TextRaster& raster);

}  // namespace yizhan::kiosk
