// The queue's problems in the resident's or staff member's words.
#include "kiosk/session/session.h"

namespace yizhan::kiosk {

std::string KioskSession::problemText(QueueProblem problem) const {
  return kiosk::problemText(problem, snap_.lang, services_.queue->catalog().settings);
}

}  // namespace yizhan::kiosk
