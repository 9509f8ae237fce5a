// The one place a feature registers: its flows (what the kiosk session routes to) and its
// string catalog (what the font atlas is built from). Its services are wired in
// kiosk/station.cpp, its console pages in kiosk/console/counter_console.cpp, its screens
// register themselves (ui/screens/screen_registry.h).
#include "kiosk/features.h"

#include "kiosk/appeals/appeal_flow.h"
#include "kiosk/appeals/appeal_strings.h"
#include "kiosk/appointments/appointment_strings.h"
#include "kiosk/appointments/booking_flow.h"
#include "kiosk/appointments/check_in_flow.h"
#include "kiosk/console/console_strings.h"
#include "kiosk/devices/device_strings.h"
#include "kiosk/echo/echo_strings.h"
#include "kiosk/echo/echo_wall_flow.h"
#include "kiosk/figures/figures_flow.h"
#include "kiosk/figures/figures_strings.h"
#include "kiosk/queue/counter_desk_flow.h"
#include "kiosk/queue/queue_stats_flow.h"
#include "kiosk/queue/queue_strings.h"
#include "kiosk/queue/take_number_flow.h"
#include "kiosk/requests/errand_flow.h"
#include "kiosk/requests/request_strings.h"
#include "kiosk/requests/staff_errand_flow.h"
#include "kiosk/requests/volunteer_errand_flow.h"
#include "kiosk/residents/priority_register_flow.h"
#include "kiosk/residents/resident_strings.h"
#include "kiosk/session/home_strings.h"
#include "kiosk/session/session.h"
#include "kiosk/staff/call_staff_flow.h"
#include "kiosk/staff/staff_menu_flow.h"
#include "kiosk/staff/staff_pin_flow.h"
#include "kiosk/staff/staff_strings.h"
#include "kiosk/sync/sync_panel_flow.h"
#include "kiosk/sync/sync_strings.h"
#include "kiosk/volunteers/volunteer_flow.h"
#include "kiosk/volunteers/volunteer_papers_flow.h"
#include "kiosk/volunteers/volunteer_review_flow.h"
#include "kiosk/volunteers/volunteer_strings.h"

namespace yizhan::kiosk {

// The order is the staff menu's order, and the order in which a card on the home screen is
// offered.
std::vector<std::unique_ptr<Flow>> makeFlows(FlowHost& host, const SessionServices& services) {
  std::vector<std::unique_ptr<Flow>> flows;
  flows.push_back(std::make_unique<CallStaffFlow>(host, services.calls, services.sound));
  flows.push_back(std::make_unique<StaffPinFlow>(host, services.auth));
  flows.push_back(std::make_unique<StaffMenuFlow>(host, services.calls));
  if (services.queue) {
    auto tickets = std::make_unique<TakeNumberFlow>(host, *services.queue, services.residents);
    TakeNumberFlow& ticketScreen = *tickets;
    flows.push_back(std::move(tickets));
    if (services.appointments && services.personalKey) {
      flows.push_back(
          std::make_unique<BookingFlow>(host, *services.appointments, *services.personalKey));
      flows.push_back(std::make_unique<CheckInFlow>(host, *services.appointments,
                                                    *services.personalKey, ticketScreen));
    }
    flows.push_back(std::make_unique<CounterDeskFlow>(host, *services.queue));
    flows.push_back(std::make_unique<QueueStatsFlow>(host, *services.queue));
  }
  if (services.residents) {
    flows.push_back(std::make_unique<PriorityRegisterFlow>(host, *services.residents));
  }
  if (services.volunteers && services.personalKey) {
    flows.push_back(
        std::make_unique<VolunteerFlow>(host, *services.volunteers, *services.personalKey));
    flows.push_back(std::make_unique<VolunteerReviewFlow>(host, *services.volunteers));
    flows.push_back(
        std::make_unique<VolunteerPapersFlow>(host, *services.volunteers, *services.personalKey));
  }
  if (services.requests && services.personalKey) {
    flows.push_back(std::make_unique<ErrandFlow>(host, *services.requests, *services.personalKey,
                                                 services.stationPhone));
    if (services.volunteers)
      flows.push_back(std::make_unique<VolunteerErrandFlow>(host, *services.requests));
    flows.push_back(std::make_unique<StaffErrandFlow>(host, *services.requests));
  }
  if (services.appeals && services.personalKey) {
    flows.push_back(std::make_unique<AppealFlow>(host, *services.appeals, *services.personalKey,
                                                 services.stationPhone));
  }
  if (services.echoWall) flows.push_back(std::make_unique<EchoWallFlow>(host, *services.echoWall));
  if (services.figures) flows.push_back(std::make_unique<FiguresFlow>(host, *services.figures));
  if (services.sync) flows.push_back(std::make_unique<SyncPanelFlow>(host, *services.sync));
  return flows;
}

// A catalog left out here has its characters missing on screen
// (tests/foundation/strings_test.cpp checks one word of each).
void forEachText(Lang lang, const std::function<void(std::string_view)>& visit) {
  visitCatalog<Str>(lang, visit);
  visitCatalog<HomeStr>(lang, visit);
  visitCatalog<StaffStr>(lang, visit);
  visitCatalog<DeviceStr>(lang, visit);
  visitCatalog<ResidentStr>(lang, visit);
  visitCatalog<QueueStr>(lang, visit);
  visitCatalog<ApptStr>(lang, visit);
  visitCatalog<SyncStr>(lang, visit);
  visitCatalog<ConsoleStr>(lang, visit);
  visitCatalog<VolStr>(lang, visit);
  visitCatalog<ReqStr>(lang, visit);
  visitCatalog<AppealStr>(lang, visit);
  visitCatalog<EchoStr>(lang, visit);
  visitCatalog<FigStr>(lang, visit);
}

}  // namespace yizhan::kiosk
