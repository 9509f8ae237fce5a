#pragma once
// The day's queue figures on paper, for the station's records.
#include <cstdint>
#include <string>
#include <vector>

#include "drivers/printer/printer_profile.h"
#include "drivers/printer/text_raster.h"
#include "kiosk/base/strings.h"
#include "kiosk/queue/daily_stats.h"

namespace yizhan::kiosk {

// "6/15": median and 90th percentile in whole minutes, "—" when nothing was measured.
std::string minutesPair(const std::optional<double>& median, const std::optional<double>& p90);

std::vector<std::uint8_t> composeDailySummary(const DailyStats& stats,
                                              const std::string& stationName,
                                              const std::string& printedAt, Lang lang,
                                              const drivers::PrinterProfile& profile,
                                              const drivers::TextRaster& raster);

}  // namespace yizhan::kiosk
