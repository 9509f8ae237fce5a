#pragma once
// A day's queue in figures, per service and per counter: tickets, served, no-shows, and the
// median and 90th percentile of waits and of service times. Pure: computed from the day's
// ticket rows, so tests and the printed summary see the same numbers.
#include <optional>
#include <string>
#include <vector>

#include "data/ticket_repository.h"
#include "kiosk/queue/service_catalog.h"

namespace yizhan::kiosk {

struct QueueFigures {
  std::string key;   // service id, or counter number
  std::string name;  // as staff know it
  int tickets = 0;   // issued (services) or called (counters)
  int served = 0;
  int noShows = 0;
  std::optional<double> waitMedian, waitP90;        // minutes, arrival to first call
  std::optional<double> serviceMedian, serviceP90;  // minutes, call to done
  bool operator==(const QueueFigures&) const = default;
};

struct DailyStats {
  std::string day;
  QueueFigures total;
  std::vector<QueueFigures> services;
  std::vector<QueueFigures> counters;
};

DailyStats computeDailyStats(const std::string& day, const std::vector<data::TicketRecord>& tickets,
                             const ServiceCatalog& catalog);

// The nearest-rank percentile (0-100) of `values`; nullopt when empty.
std::optional<double> percentile(std::vector<double> values, double p);

}  // namespace yizhan::kiosk
