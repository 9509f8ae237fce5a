#include "kiosk/sync/sync_panel_flow.h"
#include "kiosk/sync/sync_strings.h"

namespace yizhan::kiosk {

namespace {
SyncStr reasonText(intent::DiscardReason reason) {
  switch (reason) {
    case intent::DiscardReason::TestRecord:
      return SyncStr::SyncReasonTest;
    case intent::DiscardReason::Duplicate:
      return SyncStr::SyncReasonDuplicate;
    case intent::DiscardReason::HandledByDistrict:
      return SyncStr::SyncReasonHandled;
  }
  return SyncStr::SyncReasonTest;
}
}  // namespace

bool SyncPanelFlow::handle(const Intent& intent) {
  Snapshot& snap = host_.snap();
  return on<intent::OpenSync>(intent,
                              [&](const auto&) {
                                if (snap.screen != Screen::StaffMenu) return;
                                snap.notice.reset();
                                snap.sync.discardingSeq = 0;
                                host_.go(Screen::Sync);
                                host_.refreshSync();
                              }) ||
         on<intent::RetryHeldEvent>(intent,
                                    [&](const auto& retry) {
                                      if (snap.screen != Screen::Sync) return;
                                      snap.sync.discardingSeq = 0;
                                      if (sync_.retry(retry.seq)) {
                                        snap.notice =
                                            std::string(text(SyncStr::SyncRetried, snap.lang));
                                      }
                                      host_.changed();
                                      host_.refreshSync();
                                    }) ||
         on<intent::AskDiscardHeldEvent>(intent,
                                         [&](const auto& ask) {
                                           if (snap.screen != Screen::Sync) return;
                                           snap.sync.discardingSeq =
                                               snap.sync.discardingSeq == ask.seq ? 0 : ask.seq;
                                           host_.changed();
                                         }) ||
         on<intent::DiscardHeldEvent>(
             intent,
             [&](const auto& discard) {
               if (snap.screen != Screen::Sync) return;
               snap.sync.discardingSeq = 0;
               // The reason is recorded in Chinese, as staff chose it.
               if (sync_.discard(discard.seq,
                                 std::string(text(reasonText(discard.reason), Lang::Zh)))) {
                 snap.notice = std::string(text(SyncStr::SyncDiscarded, snap.lang));
               }
               host_.changed();
               host_.refreshSync();
             }) ||
         on<intent::ReconnectDistrict>(intent, [&](const auto&) {
           if (snap.screen != Screen::Sync) return;
           sync_.reconnect();
           host_.refreshSync();
         });
}

void SyncPanelFlow::forget() {
  host_.snap().sync.discardingSeq = 0;
}

bool SyncPanelFlow::back() {
  forget();
  host_.toStaffMenu();
  return true;
}

void SyncPanelFlow::addStaffEntries(std::vector<StaffEntry>& entries) {
  // Once the uploader runs.
  if (host_.snap().sync.running) {
    entries.push_back(
        {std::string(text(SyncStr::SyncButton, host_.snap().lang)), intent::OpenSync{}});
  }
}

}  // namespace yizhan::kiosk
