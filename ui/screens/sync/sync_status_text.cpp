#include "ui/screens/sync/sync_status_text.h"

namespace yizhan::ui {

using kiosk::Str;
using kiosk::SyncProblem;

SyncStateText syncStateText(const kiosk::SyncView& sync) {
  const Palette& p = palette();
  if (!sync.running) return {Str::SyncStateNotRunning, Str::SyncWordOffline, p.mutedText};
  switch (sync.problem) {
    case SyncProblem::None:
      return sync.online ? SyncStateText{Str::SyncStateOnline, Str::SyncWordOnline, p.deviceOk}
                         : SyncStateText{Str::SyncStateConnecting, Str::SyncWordOffline, p.text};
    case SyncProblem::Offline:
      return {Str::SyncStateOffline, Str::SyncWordOffline, p.deviceWarning};
    case SyncProblem::NotEnrolled:
      return {Str::SyncStateNotEnrolled, Str::SyncWordAttention, p.deviceFault};
    case SyncProblem::Unauthorized:
      return {Str::SyncStateUnauthorized, Str::SyncWordAttention, p.deviceFault};
    case SyncProblem::Setup:
      return {Str::SyncStateSetup, Str::SyncWordAttention, p.deviceFault};
    case SyncProblem::Refused:
      return {Str::SyncStateRefused, Str::SyncWordAttention, p.deviceFault};
    case SyncProblem::LocalStore:
      return {Str::SyncStateLocalStore, Str::SyncWordAttention, p.deviceFault};
  }
  return {Str::SyncStateNotRunning, Str::SyncWordOffline, p.mutedText};
}

}  // namespace yizhan::ui
