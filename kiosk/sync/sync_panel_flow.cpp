#include "kiosk/sync/sync_panel_flow.h"
#include "kiosk/base/local_time.h"
#include "kiosk/sync/held_record_text.h"
#include "kiosk/sync/sync_strings.h"

namespace yizhan::kiosk {

namespace {
constexpr int kHeldShown = 20;
constexpr std::chrono::seconds kHeldRefresh{2};

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
                                if (snap.screen != screens::StaffMenu) return;
                                snap.notice.reset();
                                snap.sync.discardingSeq = 0;
                                host_.go(screens::Sync);
                                host_.refreshSync();
                                loadHeld();
                              }) ||
         on<intent::RetryHeldEvent>(intent,
                                    [&](const auto& retry) {
                                      if (snap.screen != screens::Sync) return;
                                      snap.sync.discardingSeq = 0;
                                      if (sync_.retry(retry.seq)) {
                                        snap.notice =
                                            std::string(text(SyncStr::SyncRetried, snap.lang));
                                      }
                                      host_.changed();
                                      host_.refreshSync();
                                      loadHeld();
                                    }) ||
         on<intent::AskDiscardHeldEvent>(intent,
                                         [&](const auto& ask) {
                                           if (snap.screen != screens::Sync) return;
                                           snap.sync.discardingSeq =
                                               snap.sync.discardingSeq == ask.seq ? 0 : ask.seq;
                                           host_.changed();
                                         }) ||
         on<intent::DiscardHeldEvent>(
             intent,
             [&](const auto& discard) {
               if (snap.screen != screens::Sync) return;
               snap.sync.discardingSeq = 0;
               // The reason is recorded in Chinese, as staff chose it.
               if (sync_.discard(discard.seq,
                                 std::string(text(reasonText(discard.reason), Lang::Zh)))) {
                 snap.notice = std::string(text(SyncStr::SyncDiscarded, snap.lang));
               }
               host_.changed();
               host_.refreshSync();
               loadHeld();
             }) ||
         on<intent::ReconnectDistrict>(intent, [&](const auto&) {
           if (snap.screen != screens::Sync) return;
           sync_.reconnect();
           host_.refreshSync();
           loadHeld();
         });
}

void SyncPanelFlow::forget() {
  host_.snap().sync.discardingSeq = 0;
  host_.snap().sync.held.clear();
}

void SyncPanelFlow::loadHeld() {
  Snapshot& snap = host_.snap();
  nextHeldRefresh_ = host_.now() + kHeldRefresh;
  std::vector<SyncView::Held> held;
  for (const auto& q : sync_.held(kHeldShown)) {
    held.push_back({q.event.seq, q.event.type, shortLocalTime(q.event.occurredAt),
                    q.code + ": " + q.reason,
                    heldRecordName(q.event.type, q.event.payload, snap.lang),
                    heldReasonMeaning(q.code, snap.lang)});
  }
  std::int64_t count =
      std::max<std::int64_t>(snap.sync.heldCount, static_cast<std::int64_t>(held.size()));
  if (held == snap.sync.held && count == snap.sync.heldCount) return;
  snap.sync.held = std::move(held);
  snap.sync.heldCount = count;
  host_.changed();
}

void SyncPanelFlow::tick(TimePoint now) {
  if (host_.snap().screen == screens::Sync && now >= nextHeldRefresh_) loadHeld();
}

TimePoint SyncPanelFlow::deadline(TimePoint upTo) const {
  if (host_.snap().screen != screens::Sync) return upTo;
  return std::min(upTo, nextHeldRefresh_);
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
