#pragma once
// The district sync as staff see it.
// Each feature keeps its own words; kiosk/app/text_catalogs.cpp hands every catalog to the
// font atlas.
#include "kiosk/base/strings.h"

namespace yizhan::kiosk {

enum class SyncStr : int {
  SyncButton,
  SyncTitle,
  SyncStateOnline,
  SyncStateConnecting,
  SyncStateOffline,
  SyncStateNotEnrolled,
  SyncStateUnauthorized,
  SyncStateSetup,
  SyncStateRefused,
  SyncStateLocalStore,
  SyncStateNotRunning,
  SyncBacklog,
  SyncOldest,
  SyncLastSuccess,
  SyncNeverDelivered,
  SyncConfigVersion,
  SyncConfigLocal,
  SyncConfigRefused,
  SyncHeldHeading,
  SyncHeldNone,
  SyncHeldItem,
  SyncRetry,
  SyncDiscard,
  SyncDiscardWhy,
  SyncReasonTest,
  SyncReasonDuplicate,
  SyncReasonHandled,
  SyncReconnect,
  SyncRetried,
  SyncDiscarded,
  StaffSyncLine,
  SyncWordOnline,
  SyncWordOffline,
  SyncWordAttention,
  OfflineMark,
  Count
};
std::span<const TextEntry<SyncStr>> catalogOf(SyncStr);

}  // namespace yizhan::kiosk
