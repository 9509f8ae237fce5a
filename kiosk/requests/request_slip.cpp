#include "kiosk/requests/request_slip.h"

#include "drivers/printer/escpos_builder.h"
#include "kiosk/requests/request_strings.h"

namespace yizhan::kiosk {

using drivers::Align;

std::string requestQrPayload(const std::string& trackingCode) {
  return std::string(kRequestCodePrefix) + trackingCode;
}

namespace {
// Both slips' head: the station, the slip's title, the request number, then what was asked and
// by when as large as fits (what the resident will be asked about, what the volunteer does).
void errandHead(drivers::EscPosBuilder& b, Lang lang, const std::string& station,
                std::string_view title, const std::string& numberLine, const std::string& errand,
                const std::vector<std::string>& answers, const std::string& due) {
  b.align(Align::Center).bold(true).line(station);
  b.size(2, 2).line(title);
  b.size(1, 1).line(numberLine);
  b.size(2, 2).line(errand);
  b.size(1, 1).bold(false);
  std::string choices;
  for (const std::string& a : answers) choices += (choices.empty() ? "" : "、") + a;
  if (!choices.empty()) b.line(choices);
  b.bold(true).line(format(ReqStr::SlipDue, lang, {due})).bold(false);
}
}  // namespace

std::vector<std::uint8_t> composeRequestSlip(const RequestSlip& s, Lang lang,
                                             const drivers::PrinterProfile& profile,
                                             const drivers::TextRaster& raster) {
  drivers::EscPosBuilder b(profile, raster);
  errandHead(b, lang, s.stationName, s.title.empty() ? text(ReqStr::SlipTitle, lang) : s.title,
             s.numberLine.empty() ? format(ReqStr::SlipNumber, lang, {s.number}) : s.numberLine,
             s.errandName, s.answers, s.dueLabel);
  b.feed(1);
  if (!s.nextLine.empty()) {
    b.line(s.nextLine);
  } else {
    b.line(s.callByLabel.empty() ? std::string(text(ReqStr::SlipLeavePhone, lang))
                                 : format(ReqStr::SlipCallBy, lang, {s.callByLabel}));
  }
  if (!s.residentMasked.empty()) b.line(format(ReqStr::SlipResident, lang, {s.residentMasked}));
  b.line(format(ReqStr::SlipStationPhone, lang, {s.stationPhone}));
  b.qr(requestQrPayload(s.trackingCode), 5);
  b.line(text(ReqStr::SlipScan, lang));
  b.line(format(ReqStr::SlipAccepted, lang, {s.acceptedLocal}));
  b.feed(2).cut();
  return b.bytes();
}

std::vector<std::uint8_t> composeWorkSlip(const WorkSlip& s, Lang lang,
                                          const drivers::PrinterProfile& profile,
                                          const drivers::TextRaster& raster) {
  drivers::EscPosBuilder b(profile, raster);
  errandHead(b, lang, s.stationName, text(ReqStr::WorkSlipTitle, lang),
             format(ReqStr::SlipNumber, lang, {s.number}), s.errandName, s.answers, s.dueLabel);
  if (s.homeVisit) b.line(text(ReqStr::WorkSlipHomeVisit, lang));
  b.feed(1).align(Align::Left);
  b.size(1, 2).bold(true).line(format(ReqStr::WorkSlipResident, lang, {s.residentName}));
  b.size(1, 1).bold(false);
  if (!s.residentPhone.empty()) b.line(format(ReqStr::WorkSlipPhone, lang, {s.residentPhone}));
  if (!s.residentAddress.empty())
    b.line(format(ReqStr::WorkSlipAddress, lang, {s.residentAddress}));
  if (s.priority) b.bold(true).line(text(ReqStr::VolPriority, lang)).bold(false);
  b.line(format(ReqStr::WorkSlipVolunteer, lang, {s.volunteerMasked}));
  b.feed(1).align(Align::Center).bold(true).line(text(ReqStr::WorkSlipPrivacy, lang));
  b.line(text(ReqStr::WorkSlipPrivacyHow, lang)).bold(false);
  b.line(format(ReqStr::SlipStationPhone, lang, {s.stationPhone}));
  b.line(format(ReqStr::WorkSlipPrinted, lang, {s.printedLocal}));
  b.feed(2).cut();
  return b.bytes();
}

}  // namespace yizhan::kiosk
