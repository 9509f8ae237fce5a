#include "kiosk/queue/queue_stats_flow.h"

#include <cstdio>

#include "kiosk/base/local_time.h"
#include "kiosk/queue/daily_summary_printout.h"
#include "kiosk/queue/queue_strings.h"
#include "kiosk/session/session.h"

namespace yizhan::kiosk {

bool QueueStatsFlow::handle(const Intent& intent) {
  Snapshot& snap = host_.snap();
  return on<intent::OpenQueueStats>(intent,
                                    [&](const auto&) {
                                      if (snap.screen != screens::StaffMenu) return;
                                      snap.part<QueueStatsPart>().stats = queue_.dailyStats();
                                      snap.notice.reset();
                                      host_.go(screens::QueueStats);
                                    }) ||
         on<intent::PrintDailySummary>(intent, [&](const auto&) {
           if (snap.screen == screens::QueueStats) print();
         });
}

void QueueStatsFlow::print() {
  Snapshot& snap = host_.snap();
  // Recorded for the district when staff print it: the figures as of now.
  DailyStats stats = queue_.recordDailySummary();
  snap.part<QueueStatsPart>().stats = stats;
  Lang lang = snap.lang;
  std::string station = host_.settings().stationName, printedAt = formatClock(host_.now());
  host_.print(
      [stats, station, printedAt, lang](const drivers::PrinterProfile& profile,
                                        const drivers::TextRaster& raster) {
        return composeDailySummary(stats, station, printedAt, lang, profile, raster);
      },
      [this](bool printed, const std::string& problem) {
        Snapshot& s = host_.snap();
        if (s.screen != screens::QueueStats) return;
        if (printed) {
          s.notice = std::string(text(QueueStr::StatsPrinted, s.lang));
        } else {
          s.error = problem;
        }
        host_.changed();
      });
  host_.changed();
}

void QueueStatsFlow::forget() {
  host_.snap().part<QueueStatsPart>().stats.reset();
}

bool QueueStatsFlow::back() {
  forget();
  host_.toStaffMenu();
  return true;
}

void QueueStatsFlow::addStaffEntries(std::vector<StaffEntry>& entries) {
  entries.push_back(
      {std::string(text(QueueStr::StatsButton, host_.snap().lang)), intent::OpenQueueStats{}});
}

}  // namespace yizhan::kiosk
