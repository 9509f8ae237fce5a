#include "kiosk/queue/service_catalog.h"

#include <cstdio>

namespace yizhan::kiosk {

const ServiceDef* ServiceCatalog::service(const std::string& id) const {
  for (const ServiceDef& s : services)
    if (s.id == id) return &s;
  return nullptr;
}

const CounterDef* ServiceCatalog::counter(int number) const {
  for (const CounterDef& c : counters)
    if (c.number == number) return &c;
  return nullptr;
}

std::vector<const ServiceDef*> ServiceCatalog::servicesOf(int counter) const {
  std::vector<const ServiceDef*> out;
  for (const ServiceDef& s : services)
    for (int c : s.counters)
      if (c == counter) out.push_back(&s);
  return out;
}

ServiceCatalog defaultCatalog() {
  // A compound-level station: two staff windows and a utilities desk, closed over lunch.
  const std::vector<OpeningSpan> dayHours = {{8 * 60 + 30, 12 * 60}, {13 * 60 + 30, 17 * 60 + 30}};
  ServiceCatalog c;
  c.counters = {{1, "1号窗口"}, {2, "2号窗口"}, {3, "3号窗口"}};
  c.services = {
      {"social-security",
       "社保医保",
       'A',
       {1, 2},
       dayHours,
       200,
       OrderingPolicy::Interleave,
       2,
       6,
       30,
       2},
      {"civil-affairs",
       "民政救助",
       'B',
       {2},
       dayHours,
       100,
       OrderingPolicy::Interleave,
       2,
       8,
       60,
       2},
      {"utilities", "水电燃气", 'C', {3}, dayHours, 150, OrderingPolicy::Interleave, 2, 4, 0, 2},
      {"consultation",
       "综合咨询",
       'D',
       {1, 2, 3},
       dayHours,
       300,
       OrderingPolicy::StrictPriority,
       2,
       3,
       0,
       2},
  };
  return c;
}

std::optional<OpeningSpan> parseOpeningSpan(const std::string& text) {
  int h1, m1, h2, m2;
  char tail;
  if (std::sscanf(text.c_str(), "%2d:%2d-%2d:%2d%c", &h1, &m1, &h2, &m2, &tail) != 4) {
    return std::nullopt;
  }
  if (h1 < 0 || h1 > 24 || h2 < 0 || h2 > 24 || m1 < 0 || m1 > 59 || m2 < 0 || m2 > 59) {
    return std::nullopt;
  }
  OpeningSpan span{h1 * 60 + m1, h2 * 60 + m2};
  if (span.to > 24 * 60 || span.from >= span.to) return std::nullopt;
  return span;
}

std::string formatOpeningSpan(const OpeningSpan& span) {
  char text[48];
  std::snprintf(text, sizeof text, "%02d:%02d-%02d:%02d", span.from / 60, span.from % 60,
                span.to / 60, span.to % 60);
  return text;
}

bool isOpenAt(const ServiceDef& service, int minuteOfDay) {
  for (const OpeningSpan& span : service.hours)
    if (minuteOfDay >= span.from && minuteOfDay < span.to) return true;
  return false;
}

}  // namespace yizhan::kiosk
