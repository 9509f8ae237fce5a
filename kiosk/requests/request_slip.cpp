#include "kiosk/requests/request_slip.h"

#include "drivers/printer/escpos_builder.h"
#include "kiosk/requests/request_strings.h"

namespace yizhan::kiosk {

using drivers::Align;

std::string requestQrPayload(const std::string& trackingCode) {
  return std::string(kRequestCodePrefix) + trackingCode;
}

std::vector<std::uint8_t> composeRequestSlip(const RequestSlip& s, Lang lang,
                                             const drivers::PrinterProfile& profile,
                                             const drivers::TextRaster& raster) {
  drivers::EscPosBuilder b(profile, raster);
  b.align(Align::Center).bold(true).line(s.stationName);
  b.size(2, 2).line(text(ReqStr::SlipTitle, lang));
  b.size(1, 1).line(format(ReqStr::SlipNumber, lang, {s.number}));
  // What was asked and by when, as large as fits: what the resident will be asked about.
  b.size(2, 2).line(s.errandName);
  b.size(1, 1).bold(false);
  std::string choices;
  for (const std::string& a : s.answers) choices += (choices.empty() ? "" : "、") + a;
  if (!choices.empty()) b.line(choices);
  b.bold(true).line(format(ReqStr::SlipDue, lang, {s.dueLabel})).bold(false).feed(1);
  b.line(s.callByLabel.empty() ? std::string(text(ReqStr::SlipLeavePhone, lang))
                               : format(ReqStr::SlipCallBy, lang, {s.callByLabel}));
  b.line(format(ReqStr::SlipResident, lang, {s.residentMasked}));
  b.line(format(ReqStr::SlipStationPhone, lang, {s.stationPhone}));
  b.qr(requestQrPayload(s.trackingCode), 5);
  b.line(text(ReqStr::SlipScan, lang));
  b.line(format(ReqStr::SlipAccepted, lang, {s.acceptedLocal}));
  b.feed(2).cut();
  return b.bytes();
}

}  // namespace yizhan::kiosk
