#pragma once
// The printed booking slip: station, service, day and slot, the check-in window, the masked
// holder, the booking number and a QR code that checks the booking in when scanned at the
// kiosk. Never a full ID number or phone.
#include <cstdint>
#include <string>
#include <vector>

#include "drivers/printer/printer_profile.h"
#include "drivers/printer/text_raster.h"
#include "kiosk/base/strings.h"

namespace yizhan::kiosk {

struct AppointmentSlip {
  std::string stationName;
  std::string serviceName;
  std::string dayLabel;              // 12月1日 星期二
  std::string slot;                  // 09:00-09:30
  std::string windowFrom, windowTo;  // check-in window, HH:MM
  std::string holderMasked;
  std::string uuid;
  std::string bookedLocal;  // 2026-11-24 09:30
};

// The short number people read out at the counter: the uuid's first eight characters.
std::string bookingNumber(const std::string& uuid);

std::vector<std::uint8_t> composeAppointmentSlip(const AppointmentSlip& slip, Lang lang,
                                                 const drivers::PrinterProfile& profile,
                                                 const drivers::TextRaster& raster);

}  // namespace yizhan::kiosk
