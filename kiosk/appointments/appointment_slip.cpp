#include "kiosk/appointments/appointment_slip.h"

#include <algorithm>
#include <cctype>

#include "drivers/printer/escpos_builder.h"
#include "kiosk/appointments/appointment_service.h"
#include "kiosk/appointments/appointment_strings.h"

namespace yizhan::kiosk {

using drivers::Align;

std::string bookingNumber(const std::string& uuid) {
  std::string out = uuid.substr(0, 8);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return out;
}

std::vector<std::uint8_t> composeAppointmentSlip(const AppointmentSlip& s, Lang lang,
                                                 const drivers::PrinterProfile& profile,
                                                 const drivers::TextRaster& raster) {
  drivers::EscPosBuilder b(profile, raster);
  b.align(Align::Center).bold(true).line(s.stationName);
  b.size(2, 2).line(text(ApptStr::SlipApptTitle, lang));
  b.bold(false).line(s.serviceName);
  // The day and time as large as fits: this is what the resident must remember.
  b.bold(true).line(s.dayLabel).line(s.slot);
  b.bold(false).size(1, 1).feed(1);
  b.line(format(ApptStr::ApptCheckInWindow, lang, {s.windowFrom, s.windowTo}));
  b.line(format(ApptStr::ApptHolder, lang, {s.holderMasked}));
  b.line(format(ApptStr::SlipApptCode, lang, {bookingNumber(s.uuid)}));
  b.qr(appointmentQrPayload(s.uuid), 5);
  b.line(text(ApptStr::SlipApptFooter, lang));
  b.line(s.bookedLocal);
  b.feed(2).cut();
  return b.bytes();
}

}  // namespace yizhan::kiosk
