#include "kiosk/figures/figures_flow.h"

#include <cstdio>

#include "kiosk/base/local_time.h"
#include "kiosk/figures/figures_printout.h"
#include "kiosk/figures/figures_report.h"
#include "kiosk/figures/figures_schedule.h"
#include "kiosk/figures/figures_strings.h"
#include "kiosk/session/session.h"
#include "kiosk/session/store_problem.h"

namespace yizhan::kiosk {

FiguresAsk askOf(FiguresChoice choice, const std::string& today) {
  switch (choice) {
    case FiguresChoice::Today:
      return {FigurePeriod::Day, today};
    case FiguresChoice::ThisWeek:
      return {FigurePeriod::Week, today};
    case FiguresChoice::LastMonth:
      // The calendar's day arithmetic: the day before the 1st is in last month.
      return {FigurePeriod::Month, addDays(today.substr(0, 8) + "01", -1)};
    case FiguresChoice::ThisMonth:
      break;
  }
  return {FigurePeriod::Month, today};
}

bool FiguresFlow::handle(const Intent& intent) {
  Snapshot& snap = host_.snap();
  return on<intent::OpenFigures>(intent,
                                 [&](const auto&) {
                                   if (snap.screen != screens::StaffMenu) return;
                                   forget();
                                   read(FiguresChoice::ThisMonth);
                                   host_.go(screens::Figures);
                                 }) ||
         on<intent::ChooseFigures>(intent,
                                   [&](const auto& asked) {
                                     if (snap.screen != screens::Figures) return;
                                     if (snap.part<FiguresPart>().print == PrintState::Printing)
                                       return;
                                     read(asked.choice);
                                     host_.changed();
                                   }) ||
         on<intent::PrintFigures>(intent, [&](const auto&) {
           if (snap.screen == screens::Figures) print();
         });
}

void FiguresFlow::read(FiguresChoice choice) {
  FiguresPart& part = host_.snap().part<FiguresPart>();
  part = FiguresPart{};
  part.choice = choice;
  FiguresAsk ask = askOf(choice, formatDay(host_.now()));
  try {
    part.report =
        computeFigures(source_.db, source_.calendar.current(), periodOf(ask.period, ask.day),
                       source_.grids, host_.settings().stationName);
  } catch (const data::StoreError& e) {
    std::fprintf(stderr, "yizhan: store error reading the figures: %s\n", e.what());
    part.unreadable = true;
  }
}

void FiguresFlow::print() {
  Snapshot& snap = host_.snap();
  FiguresPart& part = snap.part<FiguresPart>();
  if (!part.report || part.print == PrintState::Printing) return;
  // Printed, they go up too: the district's copy is the latest the station produced.
  FiguresAsk ask = askOf(part.choice, formatDay(host_.now()));
  try {
    reportFigures(source_.db, *part.report, ask.period, host_.now());
  } catch (const data::StoreError& e) {
    showStoreProblem(host_, "sending the figures", e);
    return;
  }
  part.print = PrintState::Printing;
  part.printProblem.clear();
  snap.error.reset();
  FiguresSlip slip{*part.report, ask.period, host_.settings().stationName,
                   formatDay(host_.now()) + " " + formatClock(host_.now())};
  FiguresChoice choice = part.choice;
  host_.print(
      [slip, lang = snap.lang](const drivers::PrinterProfile& profile,
                               const drivers::TextRaster& raster) {
        return composeFiguresSlip(slip, lang, profile, raster);
      },
      [this, choice](bool printed, const std::string& problem) {
        FiguresPart& p = host_.snap().part<FiguresPart>();
        if (host_.snap().screen != screens::Figures || p.choice != choice) return;
        p.print = printed ? PrintState::Printed : PrintState::Failed;
        p.printProblem = problem;
        host_.changed();
      });
  host_.changed();
}

void FiguresFlow::tick(TimePoint now) {
  auto hour = std::chrono::floor<std::chrono::hours>(now.time_since_epoch());
  if (hour == reportedHour_) return;
  reportedHour_ = hour;
  try {
    reportEndedPeriods(source_.db, source_.calendar.current(), source_.grids,
                       host_.settings().stationName, now);
  } catch (const data::StoreError& e) {
    // Tried again next hour: the days not yet reported stay so.
    std::fprintf(stderr, "yizhan: store error sending the ended periods' figures: %s\n", e.what());
  }
}

void FiguresFlow::forget() {
  host_.snap().part<FiguresPart>() = FiguresPart{};
}

bool FiguresFlow::back() {
  forget();
  host_.snap().error.reset();
  host_.toStaffMenu();
  return true;
}

std::string FiguresFlow::prompt(const Screen& screen) const {
  if (screen != screens::Figures) return {};
  return std::string(text(FigStr::Spoken, host_.snap().lang));
}

void FiguresFlow::addStaffEntries(std::vector<StaffEntry>& entries) {
  entries.push_back({std::string(text(FigStr::Entry, host_.snap().lang)), intent::OpenFigures{}});
}

}  // namespace yizhan::kiosk
