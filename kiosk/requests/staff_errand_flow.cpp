#include "kiosk/requests/staff_errand_flow.h"

#include "kiosk/base/local_time.h"
#include "kiosk/requests/errand_flow.h"
#include "kiosk/requests/request_strings.h"

namespace yizhan::kiosk {

namespace {
constexpr int kListed = 100;  // a list's first rows; a count of 100 reads "100+"
constexpr int kHistoryShown = 8;

// What a step needs from staff, tapped from a list: reasons (a step the table asks a reason
// of), notes (a resolution), or nothing (done at once).
std::vector<ReqStr> reasonsFor(RequestAction action) {
  switch (action) {
    case RequestAction::Hold:
      return {ReqStr::StaffReasonWaitResident, ReqStr::StaffReasonWaitOthers};
    case RequestAction::Extend:
      return {ReqStr::StaffReasonWaitResident, ReqStr::StaffReasonWaitOthers,
              ReqStr::StaffReasonNewTime};
    case RequestAction::Refer:
      return {ReqStr::StaffReasonReferStreet, ReqStr::StaffReasonOutOfScope};
    case RequestAction::Cancel:
      return {ReqStr::StaffReasonNotNeeded, ReqStr::StaffReasonDuplicate};
    case RequestAction::CallbackUnsatisfied:
      return {ReqStr::StaffReasonNotDone, ReqStr::StaffReasonNotRight};
    case RequestAction::Decline:
      return {ReqStr::StaffReasonVolunteerBusy};
    default:
      return {};
  }
}

std::vector<StaffErrandOption> reasonOptions(RequestAction action, Lang lang) {
  std::vector<StaffErrandOption> out;
  for (ReqStr reason : reasonsFor(action)) {
    StaffErrandOption o;
    o.words = std::string(text(reason, lang));
    o.reason = o.words;
    out.push_back(o);
  }
  return out;
}

constexpr ReqStr kNotes[] = {ReqStr::VolNoteDone, ReqStr::VolNoteReceipt, ReqStr::VolNoteDelivered,
                             ReqStr::VolNoteToldStaff};
}  // namespace

void StaffErrandFlow::addStaffEntries(std::vector<StaffEntry>& entries) {
  data::RequestTally tally;
  try {
    tally = desk_.tally();
  } catch (const data::StoreError&) {
    return;  // the menu's other entries still work; the requests wait for the store
  }
  entries.push_back({format(ReqStr::StaffEntry, host_.snap().lang, {std::to_string(tally.open)}),
                     intent::OpenStaffErrands{}});
}

bool StaffErrandFlow::handle(const Intent& intent) {
  Snapshot& snap = host_.snap();
  if (intent.as<intent::OpenStaffErrands>()) {
    if (snap.screen == screens::StaffMenu) showLists();
    return true;
  }
  if (!owns(snap.screen)) return false;
  auto& part = snap.part<StaffErrandPart>();
  return on<intent::ChooseStaffErrandList>(intent,
                                           [&](const auto& i) {
                                             if (snap.screen == screens::StaffErrandLists)
                                               showList(i.list);
                                           }) ||
         on<intent::ChooseStaffErrand>(intent,
                                       [&](const auto& i) {
                                         if (snap.screen == screens::StaffErrandList)
                                           choose(i.requestId);
                                       }) ||
         on<intent::ShowStaffErrandContact>(
             intent,
             [&](const auto&) {
               if (snap.screen != screens::StaffErrand || !part.chosen) return;
               // Read for this staff member at the kiosk, and audited as such.
               std::optional<ResidentContact> c;
               try {
                 c = desk_.contactFor(part.chosen->id, RequestActor::staff("kiosk"));
               } catch (const data::StoreError&) {
                 return storeProblem();
               }
               if (!c)
                 return showProblem(host_, std::string(text(ReqStr::VolNoContact, snap.lang)));
               part.contact = c->name + " · " + c->phone.value_or("—") + " · " +
                              (c->address ? c->address->line() : "—");
               host_.changed();
             }) ||
         on<intent::ChooseStaffErrandStep>(intent,
                                           [&](const auto& i) {
                                             if (snap.screen == screens::StaffErrand)
                                               askStep(i.step);
                                           }) ||
         on<intent::ChooseStaffErrandOption>(intent, [&](const auto& i) {
           if (snap.screen != screens::StaffErrandStep || !part.step || i.option < 0 ||
               static_cast<size_t>(i.option) >= part.options.size())
             return;
           StaffErrandOption chosen = part.options[static_cast<size_t>(i.option)];
           // An extension's days first; its reasons next.
           if (chosen.days > 0) {
             part.days = chosen.days;
             part.options = reasonOptions(*part.step, snap.lang);
             return host_.changed();
           }
           act(*part.step, chosen);
         });
}

void StaffErrandFlow::showLists() {
  Snapshot& snap = host_.snap();
  auto& part = snap.part<StaffErrandPart>();
  part = StaffErrandPart{};
  asks_.clear();
  std::vector<std::string> names;
  auto add = [&](std::string name, RequestListAsk ask) {
    ask.limit = kListed;
    names.push_back(std::move(name));
    asks_.push_back(std::move(ask));
  };
  add(std::string(text(ReqStr::StaffListOpen, snap.lang)), RequestListAsk::of(RequestList::Open));
  add(std::string(text(ReqStr::StaffListDueToday, snap.lang)),
      RequestListAsk::of(RequestList::DueToday));
  add(std::string(text(ReqStr::StaffListOverdue, snap.lang)),
      RequestListAsk::of(RequestList::Overdue));
  add(std::string(text(ReqStr::StaffListUntaken, snap.lang)),
      RequestListAsk::of(RequestList::Untaken));
  auto toCall = RequestListAsk::of(RequestList::ByState);
  toCall.state = RequestState::Resolved;
  add(std::string(text(ReqStr::StaffListCallback, snap.lang)), toCall);
  for (const Grid& g : desk_.residents().grids()) {
    auto ask = RequestListAsk::of(RequestList::OpenInGrid);
    ask.grid = g.id;
    add(g.name, ask);
  }
  for (const ErrandType& e : desk_.errands()) {
    auto ask = RequestListAsk::of(RequestList::OpenOfErrand);
    ask.errand = e.id;
    add(shortErrandName(e.name), ask);
  }
  try {
    for (size_t i = 0; i < asks_.size(); ++i) {
      std::size_t count = desk_.list(asks_[i]).size();
      bool urgent = count > 0 && (asks_[i].list == RequestList::Overdue ||
                                  asks_[i].list == RequestList::Untaken);
      part.lists.push_back({names[i], count, urgent});
    }
  } catch (const data::StoreError&) {
    return storeProblem();
  }
  snap.error.reset();
  snap.notice.reset();
  host_.go(screens::StaffErrandLists);
}

void StaffErrandFlow::showList(int list) {
  Snapshot& snap = host_.snap();
  auto& part = snap.part<StaffErrandPart>();
  if (list < 0 || static_cast<size_t>(list) >= asks_.size()) return;
  part.list = list;
  part.lines.clear();
  part.chosen.reset();
  try {
    for (const RequestView& r : desk_.list(asks_[static_cast<size_t>(list)]))
      part.lines.push_back(errandLine(r, desk_.residents().grids(), snap.lang));
  } catch (const data::StoreError&) {
    return storeProblem();
  }
  if (static_cast<size_t>(list) < part.lists.size())
    part.lists[static_cast<size_t>(list)].count = part.lines.size();
  host_.go(screens::StaffErrandList);
}

void StaffErrandFlow::choose(std::int64_t requestId) {
  Snapshot& snap = host_.snap();
  auto& part = snap.part<StaffErrandPart>();
  std::optional<RequestView> r;
  std::vector<RequestHistoryEntry> history;
  std::string holder;
  try {
    r = desk_.find(requestId);
    if (!r) return;
    history = desk_.history(requestId);
    if (r->volunteerId) holder = desk_.volunteerMasked(*r->volunteerId);
  } catch (const data::StoreError&) {
    return storeProblem();
  }
  if (!part.chosen || part.chosen->id != requestId) part.contact.reset();
  part.chosen = errandLine(*r, desk_.residents().grids(), snap.lang);
  part.resident = r->residentMasked;
  part.holder = holder;
  part.history.clear();
  size_t from = history.size() > kHistoryShown ? history.size() - kHistoryShown : 0;
  for (size_t i = from; i < history.size(); ++i) {
    const RequestHistoryEntry& h = history[i];
    std::string line = shortLocalTime(h.at) + " " + historyWords(h.action);
    if (h.action != "accept") line += " → " + std::string(stateWords(h.to, r->kind));
    line += " · " + actorWords(h.role, h.actor);
    std::string why = h.reason.empty() ? h.note : h.reason;
    if (!why.empty()) line += " · " + why;
    part.history.push_back(line);
  }
  part.steps.clear();
  for (const TransitionRule& rule : rulesFrom(r->state, RequestRole::Staff, r->kind)) {
    if (rule.action == RequestAction::Extend && r->extensionDays > 0) continue;
    if (rule.action == RequestAction::GiveUpCallback && r->callbackTries == 0) continue;
    part.steps.push_back({rule.action, actionWords(rule.action)});
  }
  part.step.reset();
  part.options.clear();
  host_.go(screens::StaffErrand);
}

void StaffErrandFlow::askStep(int step) {
  Snapshot& snap = host_.snap();
  auto& part = snap.part<StaffErrandPart>();
  if (!part.chosen || step < 0 || static_cast<size_t>(step) >= part.steps.size()) return;
  RequestAction action = part.steps[static_cast<size_t>(step)].action;
  part.options.clear();
  part.days = 0;
  if (action == RequestAction::Dispatch) {
    std::optional<RequestView> r;
    std::vector<DispatchCandidate> candidates;
    try {
      r = desk_.find(part.chosen->id);
      if (r) candidates = desk_.candidatesFor(*r);
    } catch (const data::StoreError&) {
      return storeProblem();
    }
    for (const DispatchCandidate& c : candidates) {
      std::string detail =
          c.team + " · " +
          std::string(
              text(c.signedIn ? ReqStr::StaffSignedIn : ReqStr::StaffNotSignedIn, snap.lang));
      if (!c.servesGrid) detail += " · " + std::string(text(ReqStr::StaffOtherGrid, snap.lang));
      StaffErrandOption o;
      o.words = c.nameMasked;
      o.detail = detail;
      o.volunteerId = c.id;
      o.preferred = c.signedIn && c.servesGrid;
      part.options.push_back(o);
    }
  } else if (action == RequestAction::Resolve) {
    for (ReqStr n : kNotes) {
      StaffErrandOption o;
      o.words = std::string(text(n, snap.lang));
      o.note = o.words;
      part.options.push_back(o);
    }
  } else if (action == RequestAction::Extend) {
    for (int d : {1, 2, 3, 5}) {
      StaffErrandOption o;
      o.words = format(ReqStr::StaffDays, snap.lang, {std::to_string(d)});
      o.days = d;
      part.options.push_back(o);
    }
  } else {
    part.options = reasonOptions(action, snap.lang);
  }
  // Nothing to choose (开始办理, 记录回访满意, 恢复办理…): done at once.
  if (part.options.empty() && action != RequestAction::Dispatch) {
    act(action, StaffErrandOption{});
    return;
  }
  part.step = action;
  snap.error.reset();
  host_.go(screens::StaffErrandStep);
}

void StaffErrandFlow::act(RequestAction action, const StaffErrandOption& option) {
  Snapshot& snap = host_.snap();
  auto& part = snap.part<StaffErrandPart>();
  if (!part.chosen) return;
  ActAsk ask;
  ask.action = action;
  ask.actor = RequestActor::staff("kiosk");
  ask.volunteerId = option.volunteerId;
  ask.reason = option.reason;
  ask.note = option.note;
  ask.extensionDays = part.days;
  ask.seen = part.chosen->state;
  ActOutcome out;
  try {
    out = desk_.act(part.chosen->id, ask);
  } catch (const data::StoreError&) {
    return storeProblem();
  }
  std::int64_t id = part.chosen->id;
  choose(id);  // as it is now, moved or not
  if (!out) return showProblem(host_, actProblemText(out));
  snap.error.reset();
  snap.notice = std::string(actionWords(action)) + "：" + out.request->number + " " +
                stateWords(out.request->state, out.request->kind);
  host_.say(*snap.notice);
  host_.changed();
}

void StaffErrandFlow::storeProblem() {
  showProblem(host_, std::string(text(ReqStr::VolStoreProblem, host_.snap().lang)));
}

bool StaffErrandFlow::back() {
  Snapshot& snap = host_.snap();
  auto& part = snap.part<StaffErrandPart>();
  snap.error.reset();
  if (snap.screen == screens::StaffErrandStep && part.chosen) {
    choose(part.chosen->id);
  } else if (snap.screen == screens::StaffErrand) {
    snap.notice.reset();
    showList(part.list);
  } else if (snap.screen == screens::StaffErrandList) {
    showLists();
  } else {
    forget();
    host_.toStaffMenu();
  }
  return true;
}

void StaffErrandFlow::forget() {
  host_.snap().part<StaffErrandPart>() = StaffErrandPart{};
  asks_.clear();
}

}  // namespace yizhan::kiosk
