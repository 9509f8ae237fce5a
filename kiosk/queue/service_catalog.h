#pragma once
// The services a station offers and the counters (windows) that serve them, as configured.
// Plain data: the queue reads it, config.cpp fills it, nothing here touches the store.
#include <optional>
#include <string>
#include <vector>

namespace yizhan::kiosk {

// How the next ticket of one service is chosen (docs/queue.md has the rules and examples).
enum class OrderingPolicy {
  // Every waiting priority ticket before any normal one.
  StrictPriority,
  // One priority ticket after every N normal ones, so neither class starves.
  Interleave,
};

// A stretch of the day the service takes numbers, in minutes after local midnight.
struct OpeningSpan {
  int from = 0;  // inclusive
  int to = 0;    // exclusive
  bool operator==(const OpeningSpan&) const = default;
};

struct ServiceDef {
  std::string id;    // stable key, e.g. "social-security"
  std::string name;  // on the tile and the ticket
  char prefix = 'A';
  std::vector<int> counters;  // counter numbers that serve it
  std::vector<OpeningSpan> hours;
  int dailyCap = 300;
  OrderingPolicy policy = OrderingPolicy::Interleave;
  int normalPerPriority = 2;
  int defaultServiceMinutes = 5;  // until enough service times are measured
  int slotMinutes = 0;            // length of an appointment slot; 0: not bookable
  int slotCapacity = 2;           // bookings per slot
  bool operator==(const ServiceDef&) const = default;
};

struct CounterDef {
  int number = 1;
  std::string name;  // e.g. 1号窗口
  bool operator==(const CounterDef&) const = default;
};

struct QueueSettings {
  int noShowAfterRecalls = 2;        // recalls before staff may mark a no-show
  int appointmentEarlyMinutes = 30;  // check-in opens this long before the slot starts
  int appointmentLateMinutes = 15;   // and closes this long after; later the booking is missed
  // Working days open for booking at the kiosk, today included when it is one: on 30 September
  // that is 30 September and 8, 9, 10 (an adjusted Saturday) and 12 October.
  int appointmentDaysAhead = 5;
  int minSamples = 5;     // measured service times before they replace the default
  int sampleWindow = 20;  // the rolling median looks at this many recent services
  bool operator==(const QueueSettings&) const = default;
};

struct ServiceCatalog {
  std::vector<ServiceDef> services;
  std::vector<CounterDef> counters;
  QueueSettings settings;

  const ServiceDef* service(const std::string& id) const;
  const CounterDef* counter(int number) const;
  // The services a counter serves, in configured order.
  std::vector<const ServiceDef*> servicesOf(int counter) const;
};

// The demonstration station's services, used when the config file names none.
ServiceCatalog defaultCatalog();

// "08:30-12:00" → {510, 720}; nullopt when malformed or empty.
std::optional<OpeningSpan> parseOpeningSpan(const std::string& text);
std::string formatOpeningSpan(const OpeningSpan& span);
// Whether `minuteOfDay` lies in one of the service's spans.
bool isOpenAt(const ServiceDef& service, int minuteOfDay);

}  // namespace yizhan::kiosk
