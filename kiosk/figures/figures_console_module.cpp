#include "kiosk/figures/figures_console_module.h"

#include <httplib.h>

#include "kiosk/base/local_time.h"
#include "kiosk/console/console_core.h"
#include "kiosk/console/posted_fields.h"
#include "kiosk/figures/figures_csv.h"
#include "kiosk/figures/figures_report.h"
#include "kiosk/requests/requests_page_text.h"

namespace yizhan::kiosk {

namespace {
nlohmann::json rate(const std::optional<double>& share) {
  return share ? nlohmann::json(*share) : nlohmann::json();
}

nlohmann::json reportJson(const FiguresReport& report) {
  nlohmann::json rows = nlohmann::json::array();
  for (const FigureRow& r : report.rows) {
    const Figures& f = r.figures;
    rows.push_back({{"scope", r.scope},
                    {"key", r.key},
                    {"name", r.name},
                    {"kind", r.kind},
                    {"collected", f.collected},
                    {"resolved", f.resolved},
                    {"resolution_rate", rate(f.resolutionRate())},
                    {"on_time_rate", rate(f.onTimeRate())},
                    {"average_working_days", rate(f.averageWorkingDays())},
                    {"satisfaction_rate", rate(f.satisfactionRate())},
                    {"reopened", f.reopened},
                    {"closed_not_done", f.closedNotDone}});
  }
  return {{"from", report.days.from},
          {"to", report.days.to},
          {"rows", rows},
          {"volunteer_minutes", report.volunteerMinutes},
          {"people_served", report.peopleServed},
          {"anonymous_served", report.anonymousServed}};
}

}  // namespace

void FiguresConsoleModule::addRoutes(ConsoleCore& core) {
  core.page(R"(/counter/(\d+)/figures)", kFiguresPageHtml);
  auto compute = [this, &core](const FiguresAsk& ask) {
    std::lock_guard lock(core.storeMutex());
    return computeFigures(core.db(), calendar_.current(), periodOf(ask.period, ask.day), grids_,
                          stationName_);
  };
  core.read(R"(/api/counter/(\d+)/figures)",
            [&core, compute](int, const httplib::Request& req, httplib::Response& res) {
              auto ask = figuresAsk(req.get_param_value("period"), req.get_param_value("day"),
                                    FigurePeriod::Week, core.clock().now());
              if (!ask) return refuseJson(res, 400, kFiguresAskProblem);
              nlohmann::json out = reportJson(compute(*ask));
              out["period"] = periodId(ask->period);
              res.set_content(out.dump(), "application/json");
            });
  core.read(R"(/api/counter/(\d+)/figures\.csv)", [&core, compute](int, const httplib::Request& req,
                                                                   httplib::Response& res) {
    auto ask = figuresAsk(req.get_param_value("period"), req.get_param_value("day"),
                          FigurePeriod::Week, core.clock().now());
    if (!ask) return refuseJson(res, 400, kFiguresAskProblem);
    FiguresReport report = compute(*ask);
    res.set_header("Content-Disposition", "attachment; filename=\"figures-" + report.days.from +
                                              "-" + report.days.to + ".csv\"");
    res.set_content(figuresCsv(report), "text/csv; charset=utf-8");
  });
  // Sent up on a click: the district's copy is the latest the station produced.
  core.act(R"(/api/counter/(\d+)/figures/report)",
           [&core, compute](int, const httplib::Request& req, httplib::Response& res) {
             nlohmann::json body = nlohmann::json::parse(req.body, nullptr, false);
             auto ask = figuresAsk(postedText(body, "period"), postedText(body, "day"),
                                   FigurePeriod::Week, core.clock().now());
             if (!ask) return refuseJson(res, 400, kFiguresAskProblem);
             FiguresReport report = compute(*ask);
             {
               std::lock_guard lock(core.storeMutex());
               reportFigures(core.db(), report, ask->period, core.clock().now());
             }
             core.signal().notify();
             res.set_content(nlohmann::json{{"ok", true},
                                            {"notice", "已报送区平台：" + report.days.from +
                                                           " 至 " + report.days.to + " 的统计"}}
                                 .dump(),
                             "application/json");
           });
}

}  // namespace yizhan::kiosk
