// The one place a flow registers: each feature present at this station adds its own. Their
// order is the staff menu's order, and the order in which a card on the home screen is
// offered.
#include "kiosk/appointments/booking_flow.h"
#include "kiosk/appointments/check_in_flow.h"
#include "kiosk/queue/counter_desk_flow.h"
#include "kiosk/queue/queue_stats_flow.h"
#include "kiosk/queue/take_number_flow.h"
#include "kiosk/residents/priority_register_flow.h"
#include "kiosk/session/session.h"
#include "kiosk/staff/call_staff_flow.h"
#include "kiosk/staff/staff_menu_flow.h"
#include "kiosk/staff/staff_pin_flow.h"
#include "kiosk/sync/sync_panel_flow.h"

namespace yizhan::kiosk {

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
  if (services.sync) flows.push_back(std::make_unique<SyncPanelFlow>(host, *services.sync));
  return flows;
}

}  // namespace yizhan::kiosk
