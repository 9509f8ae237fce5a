#pragma once
// One counter as staff see it, at the kiosk's staff menu and on the counter console page:
// built from the queue in one place so both show the same thing.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/base/strings.h"
#include "kiosk/queue/queue_service.h"

namespace yizhan::kiosk {

// What a staff member at one counter sees and does.
namespace intent {
// What a counter does, at the kiosk's desk screen or the counter console.
enum class DeskAction { CallNext, Recall, NoShow, Complete, Hold, CloseCounter };
}  // namespace intent

struct CounterDeskView {
  int number = 0;
  std::string name;
  bool open = false;
  std::optional<std::string> currentCode;
  std::string currentService;
  bool currentPriority = false;
  std::string currentBookedAt;  // HH:MM when the current ticket is a booking
  int recalls = 0;
  bool canNoShow = false;
  int waiting = 0;
  struct Held {
    std::int64_t id;
    std::string code;
    bool operator==(const Held&) const = default;
  };
  std::vector<Held> held;
  struct Target {
    std::string id;
    std::string name;
    bool operator==(const Target&) const = default;
  };
  std::vector<Target> transferTargets;  // the other services
  bool operator==(const CounterDeskView&) const = default;
};
CounterDeskView deskViewOf(const CounterStatus& status, const ServiceCatalog& catalog);

// One of the counter's buttons, the same at the kiosk and on the console page.
std::optional<QueueProblem> performDeskAction(QueueService& queue, int counter,
                                              intent::DeskAction action);

// What staff are told when the queue refuses an action.
std::string problemText(QueueProblem problem, Lang lang, const QueueSettings& settings);

}  // namespace yizhan::kiosk
