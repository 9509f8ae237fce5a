#include "kiosk/queue/ordering_policy.h"

#include <algorithm>

namespace yizhan::kiosk {

std::optional<TicketClass> chooseNext(const QueueHeads& heads, int normalsSincePriority,
                                      TimePoint now, const ServiceDef& service) {
  // A booking whose time has come goes first: the resident was promised that time.
  if (heads.appointmentAt && now >= *heads.appointmentAt) return TicketClass::Appointment;
  if (heads.priorityWaiting && heads.normalWaiting) {
    if (service.policy == OrderingPolicy::StrictPriority) return TicketClass::Priority;
    return normalsSincePriority >= service.normalPerPriority ? TicketClass::Priority
                                                             : TicketClass::Normal;
  }
  if (heads.priorityWaiting) return TicketClass::Priority;
  if (heads.normalWaiting) return TicketClass::Normal;
  // Early for its time but nobody else waits: a counter never idles with a resident present.
  if (heads.appointmentAt) return TicketClass::Appointment;
  return std::nullopt;
}

int peopleAhead(int normalsWaiting, int prioritiesWaiting, int appointmentsWaiting,
                TicketClass mine, int normalsSincePriority, const ServiceDef& service) {
  int ahead = appointmentsWaiting;
  if (mine == TicketClass::Appointment) return ahead;
  int normals = normalsWaiting, priorities = prioritiesWaiting;
  int streak = normalsSincePriority;
  const TimePoint anyTime{};
  for (;;) {
    QueueHeads heads{normals > 0 || mine == TicketClass::Normal,
                     priorities > 0 || mine == TicketClass::Priority, std::nullopt};
    TicketClass next = *chooseNext(heads, streak, anyTime, service);
    if (next == TicketClass::Normal) {
      if (normals == 0) return ahead;
      --normals;
      streak = std::min(streak + 1, service.normalPerPriority);
    } else {
      if (priorities == 0) return ahead;
      --priorities;
      streak = 0;
    }
    ++ahead;
  }
}

}  // namespace yizhan::kiosk
