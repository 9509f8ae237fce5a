#include "kiosk/console/counter_console.h"

namespace yizhan::kiosk {

namespace {
ConsoleCore::CounterList countersOf(const Live<ServiceCatalog>& catalog) {
  return [&catalog] {
    std::vector<ConsoleCounter> out;
    for (const CounterDef& c : catalog.current().counters) out.push_back({c.number, c.name});
    return out;
  };
}
}  // namespace

CounterConsole::CounterConsole(ConsoleSettings settings, const std::filesystem::path& databaseFile,
                               const Live<ServiceCatalog>& catalog, const Clock& clock,
                               QueueSignal& signal, const PersonalKey& personalKey,
                               const Live<WorkCalendar>& calendar, const VolunteerSetup& volunteers,
                               const RequestSetup* requests)
    : core_(std::move(settings), databaseFile, clock, signal, countersOf(catalog)),
      queue_(core_.db(), catalog, clock, &signal),
      appointments_(core_.db(), queue_, calendar, clock),
      roster_(core_.db(), personalKey, volunteers.seal, clock, volunteers.grids),
      points_(core_.db(), volunteers.pointsRules, clock),
      shifts_(core_.db(), volunteers.shiftRules, catalog, calendar, volunteers.stationId, clock,
              &points_),
      queueModule_(queue_),
      appointmentModule_(appointments_, queue_, personalKey),
      volunteerModule_(roster_, shifts_) {
  // Each feature's routes and part of the counter's state: the one place they are listed.
  core_.add(queueModule_);
  core_.add(appointmentModule_);
  core_.add(volunteerModule_);
  if (requests) {
    requests_ = std::make_unique<RequestDesk>(core_.db(), personalKey, volunteers.seal, clock,
                                              calendar, requests->errands, requests->grids,
                                              requests->rules, &volunteers.pointsRules);
    // Appeals are requests too: the same desk and lists, a page of their own to enter them.
    appeals_ = std::make_unique<AppealDesk>(core_.db(), *requests_, requests->appeals);
    requestModule_ = std::make_unique<RequestConsoleModule>(*requests_, &appeals_->catalog());
    core_.add(*requestModule_);
    residentModule_ = std::make_unique<ResidentConsoleModule>(*requests_);
    core_.add(*residentModule_);
    replies_ = std::make_unique<DepartmentReplies>(core_.db(), *requests_, clock);
    appealModule_ = std::make_unique<AppealConsoleModule>(*appeals_, *replies_);
    core_.add(*appealModule_);
    figuresModule_ =
        std::make_unique<FiguresConsoleModule>(calendar, requests->grids, core_.stationName());
    core_.add(*figuresModule_);
  }
}

}  // namespace yizhan::kiosk
