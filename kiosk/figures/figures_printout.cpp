#include "kiosk/figures/figures_printout.h"

#include "drivers/printer/escpos_builder.h"
#include "kiosk/figures/figures_strings.h"

namespace yizhan::kiosk {

using drivers::Align;

namespace {
// "2026-03-07" → {"2026", "3", "7"}: dates as people write them, without leading zeros.
struct DayParts {
  std::string year, month, day;
};
DayParts partsOf(const std::string& day) {
  auto number = [&](std::size_t at) { return std::to_string(std::stoi(day.substr(at, 2))); };
  return {day.substr(0, 4), number(5), number(8)};
}

void station(drivers::EscPosBuilder& b, const Figures& f, Lang lang) {
  b.line(
      format(FigStr::SlipCounts, lang, {std::to_string(f.collected), std::to_string(f.resolved)}));
  b.line(format(FigStr::SlipRates, lang,
                {percentText(f.resolutionRate()), percentText(f.onTimeRate())}));
  b.line(format(FigStr::SlipSatisfaction, lang,
                {percentText(f.satisfactionRate()), decimalText(f.averageWorkingDays())}));
  b.line(format(FigStr::SlipReopened, lang,
                {std::to_string(f.reopened), std::to_string(f.closedNotDone)}));
}

void rows(drivers::EscPosBuilder& b, const FiguresReport& report, const std::string& scope,
          FigStr heading, Lang lang) {
  b.feed(1).bold(true).line(std::string(text(heading, lang))).bold(false);
  for (const FigureRow& r : report.rows) {
    if (r.scope != scope) continue;
    const Figures& f = r.figures;
    b.line(r.name);
    b.line(format(FigStr::SlipRow, lang,
                  {std::to_string(f.collected), std::to_string(f.resolved),
                   percentText(f.satisfactionRate())}));
  }
}
}  // namespace

std::string periodName(FigurePeriod period, const DayRange& days, Lang lang) {
  DayParts from = partsOf(days.from), to = partsOf(days.to);
  switch (period) {
    case FigurePeriod::Day:
      return format(FigStr::PeriodDay, lang, {from.year, from.month, from.day});
    case FigurePeriod::Week:
      return format(FigStr::PeriodWeek, lang, {from.month, from.day, to.month, to.day});
    case FigurePeriod::Month:
      break;
  }
  return format(FigStr::PeriodMonth, lang, {from.year, from.month});
}

std::vector<std::uint8_t> composeFiguresSlip(const FiguresSlip& slip, Lang lang,
                                             const drivers::PrinterProfile& profile,
                                             const drivers::TextRaster& raster) {
  const FiguresReport& report = slip.report;
  drivers::EscPosBuilder b(profile, raster);
  b.align(Align::Center).bold(true).line(slip.stationName);
  b.line(std::string(text(FigStr::SlipTitle, lang)));
  b.size(2, 2).line(periodName(slip.period, report.days, lang));
  b.size(1, 1).bold(false);
  b.line(format(FigStr::Range, lang, {report.days.from, report.days.to}));
  b.align(Align::Left);
  constexpr std::pair<const char*, FigStr> kKinds[] = {
      {"all", FigStr::ColAll}, {"errand", FigStr::ColErrands}, {"appeal", FigStr::ColAppeals}};
  for (const auto& [kind, words] : kKinds) {
    const FigureRow* row = report.find("station", "", kind);
    if (!row) continue;
    b.feed(1).bold(true).line(std::string(text(words, lang))).bold(false);
    station(b, row->figures, lang);
  }
  rows(b, report, "grid", FigStr::SlipByGrid, lang);
  rows(b, report, "category", FigStr::SlipByCategory, lang);
  b.feed(1);
  b.line(format(FigStr::VolunteerHours, lang,
                {oneDecimal(static_cast<double>(report.volunteerMinutes) / 60)}));
  b.line(format(FigStr::PeopleServed, lang, {std::to_string(report.peopleServed)}) + "  " +
         format(FigStr::AnonymousServed, lang, {std::to_string(report.anonymousServed)}));
  b.line(std::string(text(FigStr::RatesNote, lang)));
  b.line(format(FigStr::SlipPrintedAt, lang, {slip.printedAt}));
  b.feed(2).cut();
  return b.bytes();
}

}  // namespace yizhan::kiosk
