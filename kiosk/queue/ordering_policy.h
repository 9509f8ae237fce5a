#pragma once
// Which waiting ticket of one service a counter calls next. Pure: it sees only the head of
// each class (the earliest arrival), so choosing costs the same on the first ticket of the
// day and the thousandth. The rules, with examples, are in docs/queue.md.
#include <optional>

#include "kiosk/base/clock.h"
#include "kiosk/queue/service_catalog.h"

namespace yizhan::kiosk {

enum class TicketClass { Normal, Priority, Appointment };

struct QueueHeads {
  bool normalWaiting = false;
  bool priorityWaiting = false;
  // The earliest booked time among checked-in appointments, if any wait.
  std::optional<TimePoint> appointmentAt;
};

// `normalsSincePriority`: normal tickets of this service called since its last priority
// ticket (capped at the policy's N; more makes no difference). Bookings do not count.
std::optional<TicketClass> chooseNext(const QueueHeads& heads, int normalsSincePriority,
                                      TimePoint now, const ServiceDef& service);

// How many residents a new ticket of class `mine` has ahead of it, by playing the policy
// forward over the waiting counts (the new ticket is last of its class). Checked-in
// bookings count as ahead: each goes first at its time. Costs O(answer).
int peopleAhead(int normalsWaiting, int prioritiesWaiting, int appointmentsWaiting,
                TicketClass mine, int normalsSincePriority, const ServiceDef& service);

}  // namespace yizhan::kiosk
