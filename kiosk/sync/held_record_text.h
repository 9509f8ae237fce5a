#pragma once
// A record the district returned, put in words staff can act on: which record it is in Chinese
// (取号 A002, 预约 2026-11-25 09:00-09:30, 开窗 2号窗口) and what the district's code means and
// what to do. The raw type and the district's own words stay beside them for the technician.
#include <string>
#include <string_view>

#include "kiosk/base/strings.h"

namespace yizhan::kiosk {

// `payload` is the event's JSON; a payload that does not parse still gets the record's kind.
std::string heldRecordName(const std::string& type, const std::string& payload, Lang lang);
// Whether the kind has Chinese words (every type the kiosk writes must).
bool heldRecordKindKnown(std::string_view type);
// What the district's rejection code (schema, unknown_type, bad_time, other) means.
std::string heldReasonMeaning(const std::string& code, Lang lang);

}  // namespace yizhan::kiosk
