// The one walker over the catalogs: a feature with a catalog of its own adds it here, or its
// characters may be missing from the font atlas (tests/foundation/strings_test.cpp checks
// one word of each).
#include "kiosk/app/text_catalogs.h"

#include "kiosk/appointments/appointment_strings.h"
#include "kiosk/console/console_strings.h"
#include "kiosk/devices/device_strings.h"
#include "kiosk/queue/queue_strings.h"
#include "kiosk/residents/resident_strings.h"
#include "kiosk/session/home_strings.h"
#include "kiosk/staff/staff_strings.h"
#include "kiosk/sync/sync_strings.h"

namespace yizhan::kiosk {

void forEachText(Lang lang, const std::function<void(std::string_view)>& visit) {
  visitCatalog<Str>(lang, visit);
  visitCatalog<HomeStr>(lang, visit);
  visitCatalog<StaffStr>(lang, visit);
  visitCatalog<DeviceStr>(lang, visit);
  visitCatalog<ResidentStr>(lang, visit);
  visitCatalog<QueueStr>(lang, visit);
  visitCatalog<ApptStr>(lang, visit);
  visitCatalog<SyncStr>(lang, visit);
  visitCatalog<ConsoleStr>(lang, visit);
}

}  // namespace yizhan::kiosk
