#include "ui/screens/sync/sync_status_text.h"
#include "kiosk/sync/sync_strings.h"

namespace yizhan::ui {

using kiosk::Str;
using kiosk::SyncProblem;
using kiosk::SyncStr;

SyncStateText syncStateText(const kiosk::SyncView& sync) {
  const Palette& p = palette();
  if (!sync.running) return {SyncStr::SyncStateNotRunning, SyncStr::SyncWordOffline, p.mutedText};
  switch (sync.problem) {
    case SyncProblem::None:
      return sync.online
                 ? SyncStateText{SyncStr::SyncStateOnline, SyncStr::SyncWordOnline, p.deviceOk}
                 : SyncStateText{SyncStr::SyncStateConnecting, SyncStr::SyncWordOffline, p.text};
    case SyncProblem::Offline:
      return {SyncStr::SyncStateOffline, SyncStr::SyncWordOffline, p.deviceWarning};
    case SyncProblem::NotEnrolled:
      return {SyncStr::SyncStateNotEnrolled, SyncStr::SyncWordAttention, p.deviceFault};
    case SyncProblem::Unauthorized:
      return {SyncStr::SyncStateUnauthorized, SyncStr::SyncWordAttention, p.deviceFault};
    case SyncProblem::Setup:
      return {SyncStr::SyncStateSetup, SyncStr::SyncWordAttention, p.deviceFault};
    case SyncProblem::Refused:
      return {SyncStr::SyncStateRefused, SyncStr::SyncWordAttention, p.deviceFault};
    case SyncProblem::LocalStore:
      return {SyncStr::SyncStateLocalStore, SyncStr::SyncWordAttention, p.deviceFault};
  }
  return {SyncStr::SyncStateNotRunning, SyncStr::SyncWordOffline, p.mutedText};
}

}  // namespace yizhan::ui
