#include "kiosk/figures/figures_report.h"

#include <nlohmann/json.hpp>

#include "data/outbox.h"
#include "kiosk/base/local_time.h"

namespace yizhan::kiosk {

void reportFigures(data::Database& db, const FiguresReport& report, FigurePeriod period,
                   TimePoint at) {
  nlohmann::json rows = nlohmann::json::array();
  for (const FigureRow& r : report.rows) {
    const Figures& f = r.figures;
    rows.push_back({{"scope", r.scope},
                    {"key", r.key},
                    {"kind", r.kind},
                    {"collected", f.collected},
                    {"resolved", f.resolved},
                    {"resolved_on_time", f.resolvedOnTime},
                    {"collected_resolved", f.collectedAndResolved},
                    {"working_days_total", f.workingDaysTotal},
                    {"satisfied", f.satisfied},
                    {"unsatisfied", f.unsatisfied},
                    {"reopened", f.reopened},
                    {"closed_not_done", f.closedNotDone}});
  }
  nlohmann::json payload{{"period", periodId(period)},
                         {"from", report.days.from},
                         {"to", report.days.to},
                         {"rows", rows},
                         {"volunteer_minutes", report.volunteerMinutes},
                         {"people_served", report.peopleServed},
                         {"anonymous_served", report.anonymousServed}};
  data::Transaction tx(db);
  data::Outbox(db).append("requests.figures", formatIso(at), payload.dump());
  tx.commit();
}

}  // namespace yizhan::kiosk
