#pragma once
// Every type of event the kiosk writes to the outbox, i.e. everything the district receives.
// docs/district-api.md defines each one's payload; tests/sync/contract_test.cpp fails when
// the code writes a type missing here or in the contract.
#include <array>
#include <string_view>

namespace yizhan::kiosk {

inline constexpr std::array<std::string_view, 30> kEventTypes = {
    "ticket.issued",
    "ticket.printed",
    "ticket.print_failed",
    "ticket.called",
    "ticket.recalled",
    "ticket.held",
    "ticket.resumed",
    "ticket.transferred",
    "ticket.served",
    "ticket.no_show",
    "counter.opened",
    "counter.closed",
    "queue.daily_summary",
    "appointment.booked",
    "appointment.checked_in",
    "appointment.missed",
    "staff_call.raised",
    "staff_call.handled",
    "resident.priority_flag_set",
    "volunteer.enrolled",
    "volunteer.updated",
    "volunteer.signed_in",
    "volunteer.signed_out",
    "volunteer.shift_closed",
    "volunteer.shift_reviewed",
    "volunteer.points_awarded",
    "request.accepted",
    "request.transitioned",
    "appeal.reply_kept",
    "requests.figures",
};

}  // namespace yizhan::kiosk
