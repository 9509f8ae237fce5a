#pragma once
// What staff print for a volunteer at the kiosk: the sign-in QR card (YZV:, see
// volunteer_card.h) and the certificate-style proof of service (志愿服务证明, after the MCA's
// 2021 rules for records and their proofs: who, what service, where, how long, the organising
// station's confirmation, a number it can verify).
//
// The proof carries the volunteer's full name: it is printed by staff, on the volunteer's
// request, and handed to them for their unit or party branch, who must know whom it is about.
// Everything the kiosk prints by itself (the record slip, the card) shows the masked name.
#include <cstdint>
#include <string>
#include <vector>

#include "drivers/printer/printer_profile.h"
#include "drivers/printer/text_raster.h"
#include "kiosk/base/strings.h"
#include "kiosk/volunteers/service_record.h"
#include "kiosk/volunteers/volunteer_roster.h"

namespace yizhan::kiosk {

// 在职党员, 退休党员, 群众志愿者
std::string kindWords(VolunteerKind kind, Lang lang);

struct VolunteerCardPrint {
  std::string stationName;
  std::string nameMasked;
  std::string volunteerNumber;  // the district's id, or the station's
  std::string team;
  std::string code;  // volunteerCardCode(...)
};

std::vector<std::uint8_t> composeVolunteerCard(const VolunteerCardPrint& card, Lang lang,
                                               const drivers::PrinterProfile& profile,
                                               const drivers::TextRaster& raster);

// `record` as issueRecord() numbered it; `fullName` and `kind` from the roster.
std::vector<std::uint8_t> composeServiceProof(const ServiceRecord& record,
                                              const std::string& fullName, VolunteerKind kind,
                                              Lang lang, const drivers::PrinterProfile& profile,
                                              const drivers::TextRaster& raster);

}  // namespace yizhan::kiosk
