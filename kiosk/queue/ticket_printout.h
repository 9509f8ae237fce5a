#pragma once
// The paper ticket: what it says and the ESC/POS bytes for it. It names the station, the
// service, the number, people ahead, the estimate, the time and a QR code of the tracking
// code; never a name, a phone or a full ID number.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "drivers/printer/printer_profile.h"
#include "drivers/printer/text_raster.h"
#include "kiosk/base/strings.h"

namespace yizhan::kiosk {

struct TicketPrintout {
  std::string stationName;
  std::string serviceName;
  std::string code;
  bool priority = false;
  int ahead = 0;
  std::optional<int> waitMinutes;
  std::string issuedLocal;  // 2026-11-24 09:30
  std::string trackingCode;
  std::string bookedAt;  // HH:MM for a checked-in booking
};

// What the QR code holds: scanned at the kiosk it finds the ticket again.
// A ticket's QR code: its own prefix, then the tracking code.
inline constexpr std::string_view kTicketCodePrefix = "YZT:";
std::string ticketQrPayload(const std::string& trackingCode);

std::vector<std::uint8_t> composeTicket(const TicketPrintout& ticket, Lang lang,
                                        const drivers::PrinterProfile& profile,
                                        const drivers::TextRaster& raster);

}  // namespace yizhan::kiosk
