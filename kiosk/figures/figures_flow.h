#pragma once
// The figures in the kiosk's staff menu (办件统计): today, this week, this month or last month;
// the station's errands and appeals side by side, with volunteer hours and people served. One
// tap prints them on the receipt printer — the monthly report the district asks for on paper —
// and sends them up as a requests.figures event. Read from the store when the screen opens or
// the period changes, never every frame. The periods that ended go up by themselves as well
// (figures_schedule.h), checked once an hour.
#include <optional>
#include <string>
#include <vector>

#include "data/database.h"
#include "kiosk/base/live.h"
#include "kiosk/calendar/work_calendar.h"
#include "kiosk/figures/request_figures.h"
#include "kiosk/residents/grid_map.h"
#include "kiosk/session/flow.h"

namespace yizhan::kiosk {

namespace screens {
inline constexpr Screen Figures{"figures", Audience::Staff};
}  // namespace screens

enum class FiguresChoice { Today, ThisWeek, ThisMonth, LastMonth };
inline constexpr FiguresChoice kFiguresChoices[] = {FiguresChoice::Today, FiguresChoice::ThisWeek,
                                                    FiguresChoice::ThisMonth,
                                                    FiguresChoice::LastMonth};

namespace intent {
struct OpenFigures {};
struct ChooseFigures {
  FiguresChoice choice;
};
struct PrintFigures {};
}  // namespace intent

struct FiguresPart {
  FiguresChoice choice = FiguresChoice::ThisMonth;
  std::optional<FiguresReport> report;
  bool unreadable = false;  // the store could not be read: said so, not zeros
  std::optional<PrintState> print;
  std::string printProblem;
};

// What the figures are counted from.
struct FiguresSource {
  data::Database& db;
  const Live<WorkCalendar>& calendar;
  const std::vector<Grid>& grids;
};

// The period and a day in it that a choice means, from `today` (YYYY-MM-DD).
FiguresAsk askOf(FiguresChoice choice, const std::string& today);

class FiguresFlow : public Flow {
 public:
  FiguresFlow(FlowHost& host, FiguresSource source) : host_(host), source_(source) {}
  std::span<const Screen> shows() const override { return kScreens; }
  bool handle(const Intent& intent) override;
  void forget() override;
  bool back() override;
  std::string prompt(const Screen& screen) const override;
  void addStaffEntries(std::vector<StaffEntry>& entries) override;
  // Once an hour: the figures of the days, weeks and months that ended go up by themselves.
  void tick(TimePoint now) override;

 private:
  static constexpr Screen kScreens[] = {screens::Figures};
  void read(FiguresChoice choice);
  void print();

  FlowHost& host_;
  FiguresSource source_;
  std::optional<std::chrono::hours> reportedHour_;
};

}  // namespace yizhan::kiosk
