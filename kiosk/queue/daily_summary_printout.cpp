#include "kiosk/queue/daily_summary_printout.h"

#include <cmath>

#include "drivers/printer/escpos_builder.h"
#include "kiosk/queue/queue_strings.h"

namespace yizhan::kiosk {

using drivers::Align;

std::string minutesPair(const std::optional<double>& median, const std::optional<double>& p90) {
  if (!median || !p90) return "—";
  return std::to_string(static_cast<int>(std::lround(*median))) + "/" +
         std::to_string(static_cast<int>(std::lround(*p90)));
}

namespace {
void figures(drivers::EscPosBuilder& b, const QueueFigures& f, Lang lang, bool withName) {
  std::string counts =
      format(QueueStr::StatsSlipCounts, lang,
             {std::to_string(f.tickets), std::to_string(f.served), std::to_string(f.noShows)});
  b.line(withName ? f.name + " " + counts : counts);
  b.line("  " + format(QueueStr::StatsSlipTimes, lang,
                       {minutesPair(f.waitMedian, f.waitP90),
                        minutesPair(f.serviceMedian, f.serviceP90)}));
}
}  // namespace

std::vector<std::uint8_t> composeDailySummary(const DailyStats& stats,
                                              const std::string& stationName,
                                              const std::string& printedAt, Lang lang,
                                              const drivers::PrinterProfile& profile,
                                              const drivers::TextRaster& raster) {
  drivers::EscPosBuilder b(profile, raster);
  b.align(Align::Center).bold(true).line(stationName);
  b.size(2, 2).line(format(QueueStr::StatsTitle, lang, {stats.day}));
  b.size(1, 1).bold(false).align(Align::Left).feed(1);
  b.bold(true).line(std::string(text(QueueStr::StatsTotal, lang))).bold(false);
  figures(b, stats.total, lang, false);
  b.feed(1).bold(true).line(std::string(text(QueueStr::StatsByService, lang))).bold(false);
  for (const QueueFigures& f : stats.services) figures(b, f, lang, true);
  b.feed(1).bold(true).line(std::string(text(QueueStr::StatsByCounter, lang))).bold(false);
  for (const QueueFigures& f : stats.counters) figures(b, f, lang, true);
  b.feed(1).line(std::string(text(QueueStr::StatsTimesNote, lang)));
  b.line(format(QueueStr::StatsSlipPrintedAt, lang, {printedAt}));
  b.feed(2).cut();
  return b.bytes();
}

}  // namespace yizhan::kiosk
