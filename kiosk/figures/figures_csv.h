#pragma once
// The figures as a spreadsheet (`yizhan admin export`): one row per station, grid and category,
// rates in per cent with one decimal, blank where there was nothing to divide; then the
// station's volunteer hours and people served. UTF-8 with a byte-order mark, which Excel in
// China needs to read it as such.
#include <string>

#include "kiosk/figures/request_figures.h"

namespace yizhan::kiosk {

std::string figuresCsv(const FiguresReport& report);

}  // namespace yizhan::kiosk
