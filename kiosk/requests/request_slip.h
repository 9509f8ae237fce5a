#pragma once
// The resident's printed slip for an on-behalf request (红色代办回执): the request number,
// the errand and its choices, the day it is due, when staff will call, the station's phone,
// the masked identity and a QR code that shows the request's progress when scanned at the
// kiosk. Never a full name, ID number or phone.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "drivers/printer/printer_profile.h"
#include "drivers/printer/text_raster.h"
#include "kiosk/base/strings.h"

namespace yizhan::kiosk {

// Codes on request slips: YZR: then the request's tracking code.
inline constexpr std::string_view kRequestCodePrefix = "YZR:";
std::string requestQrPayload(const std::string& trackingCode);

struct RequestSlip {
  std::string stationName;
  std::string stationPhone;
  std::string number;
  std::string errandName;
  std::vector<std::string> answers;
  std::string dueLabel;     // 11月27日 星期五
  std::string callByLabel;  // when staff will call; empty: no phone to call (leave one)
  std::string residentMasked;
  std::string trackingCode;
  std::string acceptedLocal;  // 2026-11-24 09:30
  // An appeal's slip (民意诉求回执) says its own title, number line and what happens next;
  // empty: an errand's words. No resident line when residentMasked is empty (anonymous).
  std::string title, numberLine, nextLine;
};

std::vector<std::uint8_t> composeRequestSlip(const RequestSlip& slip, Lang lang,
                                             const drivers::PrinterProfile& profile,
                                             const drivers::TextRaster& raster);

// The volunteer's work slip (红色代办工作单), printed as they take a request: what to do and
// by when, and who for — the resident's name, phone and address in full, because the errand
// needs them — with a reminder that the paper carries personal data and goes back to the
// station when done.
struct WorkSlip {
  std::string stationName;
  std::string stationPhone;
  std::string number;
  std::string errandName;
  std::vector<std::string> answers;
  std::string dueLabel;
  bool homeVisit = false;
  bool priority = false;
  std::string residentName, residentPhone, residentAddress;
  std::string volunteerMasked;
  std::string printedLocal;
};

std::vector<std::uint8_t> composeWorkSlip(const WorkSlip& slip, Lang lang,
                                          const drivers::PrinterProfile& profile,
                                          const drivers::TextRaster& raster);

}  // namespace yizhan::kiosk
