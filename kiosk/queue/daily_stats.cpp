#include "kiosk/queue/daily_stats.h"

#include <algorithm>
#include <cmath>

namespace yizhan::kiosk {

std::optional<double> percentile(std::vector<double> values, double p) {
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  size_t rank = static_cast<size_t>(std::ceil(p / 100.0 * values.size()));
  return values[std::clamp<size_t>(rank, 1, values.size()) - 1];
}

namespace {
struct Collector {
  QueueFigures figures;
  std::vector<double> waits, services;

  void add(const data::TicketRecord& t, bool countTicket) {
    if (countTicket) ++figures.tickets;
    if (t.status == "served") ++figures.served;
    if (t.status == "no_show") ++figures.noShows;
    // A clock that jumped backwards gives negative spans: they are no measurement.
    if (t.firstCalledEpoch && *t.firstCalledEpoch >= t.arrivedEpoch) {
      waits.push_back((*t.firstCalledEpoch - t.arrivedEpoch) / 60.0);
    }
    if (t.status == "served" && t.calledEpoch && t.finishedEpoch &&
        *t.finishedEpoch >= *t.calledEpoch) {
      services.push_back((*t.finishedEpoch - *t.calledEpoch) / 60.0);
    }
  }
  QueueFigures done() {
    figures.waitMedian = percentile(waits, 50);
    figures.waitP90 = percentile(waits, 90);
    figures.serviceMedian = percentile(services, 50);
    figures.serviceP90 = percentile(services, 90);
    return figures;
  }
};
}  // namespace

DailyStats computeDailyStats(const std::string& day, const std::vector<data::TicketRecord>& tickets,
                             const ServiceCatalog& catalog) {
  DailyStats stats;
  stats.day = day;
  Collector total;
  total.figures.key = "all";
  for (const data::TicketRecord& t : tickets) total.add(t, true);
  stats.total = total.done();
  for (const ServiceDef& s : catalog.services) {
    Collector c;
    c.figures.key = s.id;
    c.figures.name = s.name;
    // Counted where the resident was finally served: a transfer moves the ticket.
    for (const data::TicketRecord& t : tickets)
      if (t.queueService == s.id) c.add(t, true);
    stats.services.push_back(c.done());
  }
  for (const CounterDef& counter : catalog.counters) {
    Collector c;
    c.figures.key = std::to_string(counter.number);
    c.figures.name = counter.name;
    for (const data::TicketRecord& t : tickets)
      if (t.counter == counter.number) c.add(t, true);
    stats.counters.push_back(c.done());
  }
  return stats;
}

}  // namespace yizhan::kiosk
