// Calls "next" 200 times on an existing store, for an instruction count with
// `valgrind --tool=callgrind --toggle-collect='*QueueService::callNext*'`: the count per call,
// on stores of different sizes, shows whether calling grows with the tickets already served
// without this machine's timing noise. Usage: yizhan_call_next_probe DATA_DIR
#include <cstdio>

#include "data/store.h"
#include "kiosk/base/local_time.h"
#include "kiosk/queue/queue_service.h"

using namespace yizhan;
using namespace yizhan::kiosk;

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: yizhan_call_next_probe DATA_DIR\n");
    return 2;
  }
  useTimeZone("Asia/Shanghai");
  data::Store store = data::Store::open(argv[1], "probe");
  // The bench's day: same services, open all day, same clock start (a Tuesday, 09:30 local).
  ServiceCatalog catalog = defaultCatalog();
  for (ServiceDef& s : catalog.services) {
    s.hours = {{0, 24 * 60}};
    s.dailyCap = 1'000'000;
  }
  ManualClock clock(fromEpochSeconds(1795483800));
  QueueService queue(store.db(), catalog, clock);
  const char* services[] = {"social-security", "civil-affairs", "utilities", "consultation"};
  int called = 0;
  for (int i = 0; i < 200; ++i) {
    queue.issue(services[i % 4], i % 5 == 0);
    if (queue.callNext(1 + i % 3).ticket) ++called;
  }
  std::printf("%d called\n", called);
}
