#pragma once
// The figures on the receipt printer (the monthly report the district asks for on paper, or a
// day's or a week's): the station's errands and appeals, each grid and each category, the
// volunteer hours and the people served. Counts only: no one is named.
#include <cstdint>
#include <string>
#include <vector>

#include "drivers/printer/printer_profile.h"
#include "drivers/printer/text_raster.h"
#include "kiosk/base/strings.h"
#include "kiosk/figures/request_figures.h"

namespace yizhan::kiosk {

// 2026年11月, 11月23日—11月29日, 2026年12月3日.
std::string periodName(FigurePeriod period, const DayRange& days, Lang lang);

struct FiguresSlip {
  FiguresReport report;
  FigurePeriod period = FigurePeriod::Month;
  std::string stationName;
  std::string printedAt;  // YYYY-MM-DD HH:MM
};

std::vector<std::uint8_t> composeFiguresSlip(const FiguresSlip& slip, Lang lang,
                                             const drivers::PrinterProfile& profile,
                                             const drivers::TextRaster& raster);

}  // namespace yizhan::kiosk
