#include "kiosk/volunteers/volunteer_papers.h"

#include "drivers/printer/escpos_builder.h"
#include "kiosk/volunteers/volunteer_flow.h"
#include "kiosk/volunteers/volunteer_strings.h"

namespace yizhan::kiosk {

using drivers::Align;

std::string kindWords(VolunteerKind kind, Lang lang) {
  switch (kind) {
    case VolunteerKind::InServiceMember:
      return std::string(text(VolStr::KindInService, lang));
    case VolunteerKind::RetiredMember:
      return std::string(text(VolStr::KindRetired, lang));
    case VolunteerKind::Public:
      break;
  }
  return std::string(text(VolStr::KindPublic, lang));
}

std::vector<std::uint8_t> composeVolunteerCard(const VolunteerCardPrint& c, Lang lang,
                                               const drivers::PrinterProfile& profile,
                                               const drivers::TextRaster& raster) {
  drivers::EscPosBuilder b(profile, raster);
  b.align(Align::Center).bold(true).line(c.stationName);
  b.size(2, 2).line(text(VolStr::CardTitle, lang));
  b.size(1, 1).bold(false);
  b.feed(1);
  // Large modules: a worn card held at arm's length still reads.
  b.qr(c.code, 8);
  b.feed(1);
  b.size(2, 2).line(c.nameMasked).size(1, 1);
  b.line(format(VolStr::CardNumber, lang, {c.volunteerNumber}));
  b.line(format(VolStr::RecordTeam, lang, {c.team}));
  b.feed(1);
  b.line(text(VolStr::CardHowTo, lang));
  b.line(text(VolStr::CardKeep, lang));
  b.feed(2).cut();
  return b.bytes();
}

std::vector<std::uint8_t> composeServiceProof(const ServiceRecord& r, const std::string& fullName,
                                              VolunteerKind kind, Lang lang,
                                              const drivers::PrinterProfile& profile,
                                              const drivers::TextRaster& raster) {
  drivers::EscPosBuilder b(profile, raster);
  b.align(Align::Center).bold(true).size(2, 2).line(text(VolStr::ProofTitle, lang));
  b.size(1, 1).bold(false).align(Align::Left);
  b.feed(1);
  // Short lines: one the printer's font cannot print (a rare character in a name) is drawn as
  // an image, which is not wrapped.
  b.line(format(VolStr::ProofWho, lang, {fullName}));
  b.line(format(VolStr::ProofNumberKind, lang, {r.volunteerNumber, kindWords(kind, lang)}));
  b.line(format(VolStr::ProofPeriod, lang, {r.fromDay, r.toDay}));
  b.line(format(VolStr::ProofWhere, lang, {r.stationName}));
  b.line(format(VolStr::ProofTotal, lang,
                {serviceTimeWords(r.totalMinutes, lang), std::to_string(r.shifts)}));
  for (const auto& [activity, minutes] : r.minutesByActivity) {
    b.line(format(VolStr::ProofActivity, lang,
                  {activityWords(activity, lang), serviceTimeWords(minutes, lang)}));
  }
  if (r.awaitingReview > 0)
    b.line(format(VolStr::RecordAwaiting, lang, {std::to_string(r.awaitingReview)}));
  b.line(text(VolStr::ProofClosing, lang));
  b.feed(1);
  b.line(format(VolStr::ProofIssuer, lang, {r.stationName}));
  b.line(format(VolStr::ProofDate, lang, {r.printedLocal.substr(0, 10)}));
  b.line(format(VolStr::ProofNumber, lang, {r.recordNumber}));
  b.feed(1);
  b.line(std::string(text(VolStr::ProofHandler, lang)) + "____________");
  b.feed(3).cut();
  return b.bytes();
}

}  // namespace yizhan::kiosk
