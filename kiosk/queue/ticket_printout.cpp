#include "kiosk/queue/ticket_printout.h"

#include "drivers/printer/escpos_builder.h"
#include "kiosk/queue/queue_strings.h"

namespace yizhan::kiosk {

using drivers::Align;

std::string ticketQrPayload(const std::string& trackingCode) {
  return std::string(kTicketCodePrefix) + trackingCode;
}

std::vector<std::uint8_t> composeTicket(const TicketPrintout& t, Lang lang,
                                        const drivers::PrinterProfile& profile,
                                        const drivers::TextRaster& raster) {
  drivers::EscPosBuilder b(profile, raster);
  b.align(Align::Center).bold(true).line(t.stationName);
  b.bold(false).size(2, 2).line(t.serviceName);
  // The number as large as the printer goes: residents read it across the room.
  b.bold(true).size(4, 4).line(t.code);
  if (t.priority)
    b.size(2, 2).line("【" + std::string(text(QueueStr::TicketPriorityMark, lang)) + "】");
  if (!t.bookedAt.empty()) {
    b.size(2, 2).line("【" + format(QueueStr::TicketBookedMark, lang, {t.bookedAt}) + "】");
  }
  b.bold(false).size(1, 1).feed(1);
  std::string ahead = std::to_string(t.ahead);
  b.line(t.waitMinutes ? format(QueueStr::SlipAhead, lang, {ahead, std::to_string(*t.waitMinutes)})
                       : format(QueueStr::SlipAheadNoCounter, lang, {ahead}));
  b.line(t.issuedLocal);
  b.qr(ticketQrPayload(t.trackingCode), 5);
  b.line(text(QueueStr::SlipFooter, lang));
  b.feed(2).cut();
  return b.bytes();
}

}  // namespace yizhan::kiosk
