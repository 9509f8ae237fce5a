#include "kiosk/queue/counter_desk_flow.h"

#include "kiosk/queue/counter_desk_view.h"
#include "kiosk/session/session.h"

namespace yizhan::kiosk {

bool CounterDeskFlow::handle(const Intent& intent) {
  Snapshot& snap = host_.snap();
  return on<intent::OpenCounterDesk>(intent,
                                     [&](const auto& i) {
                                       if (snap.screen == screens::StaffMenu) open(i.counter);
                                     }) ||
         on<intent::Desk>(intent,
                          [&](const auto& i) {
                            if (snap.screen != screens::CounterDesk) return;
                            auto problem = performDeskAction(queue_, counter_, i.action);
                            if (i.action == intent::DeskAction::CloseCounter) {
                              back();
                              return;
                            }
                            apply(problem);
                          }) ||
         on<intent::ResumeHeld>(intent,
                                [&](const auto& i) {
                                  if (snap.screen != screens::CounterDesk) return;
                                  apply(queue_.resume(counter_, i.ticketId).problem);
                                }) ||
         on<intent::TransferTo>(intent, [&](const auto& i) {
           if (snap.screen != screens::CounterDesk) return;
           apply(queue_.transfer(counter_, i.serviceId).problem);
         });
}

void CounterDeskFlow::open(int counter) {
  Snapshot& snap = host_.snap();
  // Choosing a counter at the kiosk means staff sit down at it: it opens.
  if (auto problem = queue_.openCounter(counter)) {
    snap.error = problemText(*problem, snap.lang, queue_.catalog().settings);
    host_.changed();
    return;
  }
  counter_ = counter;
  snap.part<CounterDeskPart>().desk.reset();
  host_.go(screens::CounterDesk);
  refresh();
}

void CounterDeskFlow::refresh() {
  nextRefresh_ = host_.now() + host_.settings().deskRefresh;
  if (counter_ == 0) return;
  CounterStatus st = queue_.counterStatus(counter_);
  if (!st.counter) return;
  CounterDeskView v = deskViewOf(st, queue_.catalog());
  Snapshot& snap = host_.snap();
  if (snap.part<CounterDeskPart>().desk == v) return;  // nothing new to draw
  snap.part<CounterDeskPart>().desk = std::move(v);
  host_.changed();
}

void CounterDeskFlow::apply(const std::optional<QueueProblem>& problem) {
  Snapshot& snap = host_.snap();
  if (problem) {
    snap.error = problemText(*problem, snap.lang, queue_.catalog().settings);
  } else {
    snap.error.reset();
  }
  snap.part<CounterDeskPart>().desk.reset();  // redrawn from the store
  refresh();
  host_.changed();
}

void CounterDeskFlow::forget() {
  counter_ = 0;
  host_.snap().part<CounterDeskPart>().desk.reset();
}

bool CounterDeskFlow::back() {
  forget();
  host_.toStaffMenu();
  return true;
}

void CounterDeskFlow::tick(TimePoint now) {
  if (host_.snap().screen == screens::CounterDesk && now >= nextRefresh_) refresh();
}

TimePoint CounterDeskFlow::deadline(TimePoint upTo) const {
  return counter_ != 0 ? std::min(upTo, nextRefresh_) : upTo;
}

void CounterDeskFlow::addStaffEntries(std::vector<StaffEntry>& entries) {
  for (const CounterDef& c : queue_.catalog().counters) {
    entries.push_back({c.name, intent::OpenCounterDesk{c.number}});
  }
}

}  // namespace yizhan::kiosk
