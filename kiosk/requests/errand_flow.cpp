#include "kiosk/requests/errand_flow.h"

#include <cstdio>

#include "kiosk/appointments/appointment_text.h"
#include "kiosk/base/local_time.h"
#include "kiosk/echo/public_note.h"
#include "kiosk/queue/take_number_flow.h"
#include "kiosk/requests/request_slip.h"
#include "kiosk/requests/request_strings.h"
#include "kiosk/residents/phone_keypad.h"
#include "kiosk/session/session.h"

namespace yizhan::kiosk {

namespace {
ReqStr nextStepOf(RequestState state) {
  switch (state) {
    case RequestState::Accepted:
    case RequestState::Reopened:
      return ReqStr::NextAccepted;
    case RequestState::Dispatched:
    case RequestState::Taken:
      return ReqStr::NextTaken;
    case RequestState::InProgress:
      return ReqStr::NextInProgress;
    case RequestState::Resolved:
      return ReqStr::NextResolved;
    case RequestState::OnHold:
      return ReqStr::NextOnHold;
    case RequestState::Closed:
      return ReqStr::NextClosed;
    case RequestState::Referred:
      return ReqStr::NextReferred;
    case RequestState::Cancelled:
      return ReqStr::NextCancelled;
    case RequestState::NoContact:
      return ReqStr::NextNoContact;
  }
  return ReqStr::NextAccepted;
}
}  // namespace

std::string shortErrandName(const std::string& name) {
  std::string label = name.substr(0, std::min(name.find("（"), name.find("(")));
  return label.empty() ? name : label;
}

ErrandFlow::ErrandFlow(FlowHost& host, RequestDesk& desk, const PersonalKey& key,
                       std::string stationPhone)
    : host_(host), desk_(desk), key_(key), stationPhone_(std::move(stationPhone)) {}

std::string ErrandFlow::dayWords(const std::string& day) const {
  return dayLabel(day, host_.snap().lang);
}

bool ErrandFlow::handle(const Intent& intent) {
  Snapshot& snap = host_.snap();
  if (opensTile(intent, tiles::Errand)) {
    if (snap.screen == screens::Home) open();
    return true;
  }
  if (snap.screen == screens::ErrandWho &&
      takePhoneKey(intent, host_, key_, [this, &snap](const PersonRef& phone) {
        ResidentOutcome found = desk_.residents().identifyByPhone(phone);
        if (!found.resident) {
          showProblem(host_, std::string(text(ReqStr::PhoneUnknown, snap.lang)));
          return;
        }
        card_.reset();
        identified(*found.resident);
      })) {
    return true;
  }
  return on<intent::ChooseErrand>(intent, [&](const auto& i) { choose(i.errandId); }) ||
         on<intent::AnswerErrand>(intent, [&](const auto& i) { answer(i.choice); }) ||
         on<intent::SubmitErrand>(intent,
                                  [&](const auto&) {
                                    if (snap.screen == screens::ErrandConfirm) submit();
                                  }) ||
         on<intent::ShowErrandStatus>(intent,
                                      [&](const auto&) {
                                        if (snap.screen == screens::ErrandChoose && residentId_)
                                          showStatus(desk_.openOf(*residentId_));
                                      }) ||
         on<intent::FinishTicket>(intent, [&](const auto&) {
           if (snap.screen == screens::ErrandSubmitted || snap.screen == screens::ErrandStatus)
             host_.goHome();
         });
}

void ErrandFlow::open() {
  forget();
  host_.go(screens::ErrandWho);
}

void ErrandFlow::identified(const ResidentView& resident) {
  residentId_ = resident.id > 0 ? std::optional(resident.id) : std::nullopt;
  ErrandAsker asker;
  asker.nameMasked = resident.nameMasked;
  asker.priority = resident.priority();
  asker.hasPhone = resident.hasPhone;
  asker.phoneMasked = resident.phoneMasked;
  asker.openRequests = residentId_ ? static_cast<int>(desk_.openOf(*residentId_).size()) : 0;
  host_.snap().part<ErrandPart>().asker = asker;
  showChoices();
}

void ErrandFlow::showChoices() {
  Snapshot& snap = host_.snap();
  auto& part = snap.part<ErrandPart>();
  part.errands.clear();
  for (const ErrandType& t : desk_.errands()) {
    std::string detail =
        format(ReqStr::WithinDays, snap.lang, {std::to_string(t.deadlineWorkingDays)});
    if (t.homeVisit) detail += " · " + std::string(text(ReqStr::HomeVisit, snap.lang));
    part.errands.push_back({t.id, t.name, t.pictogram, shortErrandName(t.name), detail});
  }
  part.draft.reset();
  host_.go(screens::ErrandChoose);
}

void ErrandFlow::choose(const std::string& errandId) {
  Snapshot& snap = host_.snap();
  if (snap.screen != screens::ErrandChoose) return;
  const ErrandType* type = desk_.errand(errandId);
  if (!type) return;
  ErrandDraft draft;
  draft.errandId = type->id;
  draft.errandName = type->name;
  draft.pictogram = type->pictogram;
  for (const ErrandQuestion& q : type->questions) draft.asks.push_back(q.ask);
  draft.dueLabel = dayWords(desk_.dueIfAcceptedToday(*type));
  snap.part<ErrandPart>().draft = draft;
  askNextOrConfirm();
}

void ErrandFlow::askNextOrConfirm() {
  auto& draft = *host_.snap().part<ErrandPart>().draft;
  const ErrandType* type = desk_.errand(draft.errandId);
  if (!type) return;
  if (draft.answers.size() < type->questions.size()) {
    draft.choices = type->questions[draft.answers.size()].choices;
    host_.go(screens::ErrandQuestion);
    return;
  }
  draft.choices.clear();
  host_.go(screens::ErrandConfirm);
}

void ErrandFlow::answer(const std::string& choice) {
  Snapshot& snap = host_.snap();
  auto& draft = snap.part<ErrandPart>().draft;
  if (snap.screen != screens::ErrandQuestion || !draft) return;
  if (std::find(draft->choices.begin(), draft->choices.end(), choice) == draft->choices.end())
    return;
  draft->answers.push_back(choice);
  askNextOrConfirm();
}

void ErrandFlow::submit() {
  Snapshot& snap = host_.snap();
  const auto& draft = snap.part<ErrandPart>().draft;
  if (!draft || (!residentId_ && !card_)) return;
  SubmitAsk ask;
  ask.residentId = card_ ? std::nullopt : residentId_;
  ask.card = card_;
  ask.errandId = draft->errandId;
  ask.answers = draft->answers;
  SubmitOutcome out = desk_.submit(ask);
  if (!out.request) {
    showProblem(host_, submitProblemText(*out.problem));
    return;
  }
  const RequestView& r = *out.request;
  bool hasPhone = snap.part<ErrandPart>().asker && snap.part<ErrandPart>().asker->hasPhone;
  ErrandSubmittedView view;
  view.number = r.number;
  view.errandName = shortErrandName(r.errandName);
  view.dueLabel = dayWords(r.dueDay);
  // Staff call within the next working day, to confirm and arrange the errand.
  if (hasPhone) view.callByLabel = dayWords(desk_.callBackBy(r));
  view.residentMasked = r.residentMasked;
  view.alreadyOpen = out.alreadyOpen;
  snap.part<ErrandPart>().submitted = view;
  snap.part<ErrandPart>().draft.reset();
  card_.reset();
  host_.go(screens::ErrandSubmitted);
  printSlip(r);
}

void ErrandFlow::printSlip(const RequestView& r) {
  const ErrandSubmittedView& v = *host_.snap().part<ErrandPart>().submitted;
  RequestSlip slip;
  slip.stationName = host_.settings().stationName;
  slip.stationPhone = stationPhone_;
  slip.number = r.number;
  slip.errandName = r.errandName;
  slip.answers = r.answers;
  slip.dueLabel = v.dueLabel;
  slip.callByLabel = v.callByLabel;
  slip.residentMasked = r.residentMasked;
  slip.trackingCode = r.trackingCode;
  slip.acceptedLocal = formatMinute(host_.now());
  Lang lang = host_.snap().lang;
  host_.print(
      [slip, lang](const drivers::PrinterProfile& profile, const drivers::TextRaster& raster) {
        return composeRequestSlip(slip, lang, profile, raster);
      },
      [this, number = r.number](bool printed, const std::string& problem) {
        auto& submitted = host_.snap().part<ErrandPart>().submitted;
        if (!submitted || submitted->number != number) return;  // moved on
        submitted->print = printed ? PrintState::Printed : PrintState::Failed;
        submitted->printProblem = problem;
        host_.changed();
      });
}

std::string ErrandFlow::departmentWord(const RequestView& appeal) {
  std::vector<RequestHistoryEntry> history;
  try {
    history = desk_.history(appeal.id);
  } catch (const data::StoreError&) {
    return {};  // the state is shown; the reply waits for the store
  }
  for (auto h = history.rbegin(); h != history.rend(); ++h) {
    std::string said = h->note.empty() ? h->reason : h->note;
    if (h->role != "department" || said.empty()) continue;
    // On a screen others may see: what the department said, without who or which door.
    return h->actor + "：" + publicNote(said, {{appeal.residentMasked, "您"}});
  }
  return {};
}

void ErrandFlow::showStatus(const std::vector<RequestView>& requests) {
  Snapshot& snap = host_.snap();
  auto& lines = snap.part<ErrandPart>().status;
  lines.clear();
  for (const RequestView& r : requests) {
    lines.push_back({r.number, r.errandName, stateWords(r.state, r.kind),
                     std::string(text(nextStepOf(r.state), snap.lang)),
                     isOpen(r.state) ? format(ReqStr::StatusDue, snap.lang, {dayWords(r.dueDay)})
                                     : std::string()});
    if (r.kind == RequestKind::Appeal) {
      lines.back().reply = departmentWord(r);
      lines.back().appeal = true;
    }
  }
  host_.go(screens::ErrandStatus);
}

void ErrandFlow::statusFromSlip(const std::string& code) {
  std::string tracking = code.substr(kRequestCodePrefix.size());
  auto request = desk_.byTracking(tracking);
  if (!request) {
    Snapshot& snap = host_.snap();
    snap.homeMessage = std::string(text(ReqStr::ProblemSlipScan, snap.lang));
    host_.changed();
    host_.say(*snap.homeMessage);
    return;
  }
  forget();
  showStatus({*request});
}

bool ErrandFlow::cardRead(const drivers::Identity& card) {
  if (host_.snap().screen != screens::ErrandWho) return false;
  host_.noteActivity();
  card_ = card;
  ResidentView who = desk_.residents().identifyByCard(card);
  identified(who);
  return true;
}

bool ErrandFlow::cardRefused(const CardRefusal& refusal) {
  Snapshot& snap = host_.snap();
  if (snap.screen != screens::ErrandWho) return false;
  host_.noteActivity();
  showProblem(host_, refusal.message);
  return true;
}

bool ErrandFlow::scanned(const std::string& code) {
  if (code.rfind(kRequestCodePrefix, 0) != 0) return false;
  statusFromSlip(code);
  return true;
}

void ErrandFlow::declareCodes(CodeRoutes& routes) {
  routes.declare(std::string(kRequestCodePrefix),
                 [this](const std::string& code) { statusFromSlip(code); });
}

bool ErrandFlow::back() {
  Snapshot& snap = host_.snap();
  auto& draft = snap.part<ErrandPart>().draft;
  // One step back, keeping what was chosen before it.
  if (snap.screen == screens::ErrandConfirm || snap.screen == screens::ErrandQuestion) {
    // From the confirmation to the last question; from a question to the one before it.
    if (draft && !draft->answers.empty()) {
      draft->answers.pop_back();
      askNextOrConfirm();
      return true;
    }
    showChoices();
    return true;
  }
  if (snap.screen == screens::ErrandChoose) {
    open();
    return true;
  }
  return false;
}

std::string ErrandFlow::prompt(const Screen& screen) const {
  const Snapshot& snap = host_.snap();
  const auto& part = snap.part<ErrandPart>();
  if (screen == screens::ErrandWho) return std::string(text(ReqStr::WhoSpoken, snap.lang));
  if (screen == screens::ErrandChoose) {
    std::string words;
    if (part.asker) words = format(ReqStr::Greeting, snap.lang, {part.asker->nameMasked}) + "。";
    words += text(ReqStr::ChooseTitle, snap.lang);
    // Each errand read out: residents who cannot read the buttons hear what there is.
    for (const ErrandChoice& e : part.errands) words += "。" + e.name;
    return words;
  }
  if (screen == screens::ErrandQuestion && part.draft) {
    const ErrandDraft& d = *part.draft;
    std::string words = d.errandName + "。" + d.asks.at(d.answers.size()) + "？";
    for (size_t i = 0; i < d.choices.size(); ++i) words += (i ? "，" : "") + d.choices[i];
    return words;
  }
  if (screen == screens::ErrandConfirm && part.draft) {
    const ErrandDraft& d = *part.draft;
    std::string chosen;
    for (const std::string& a : d.answers) chosen += "，" + a;
    return format(ReqStr::ConfirmSpoken, snap.lang, {d.errandName, chosen, d.dueLabel});
  }
  if (screen == screens::ErrandSubmitted && part.submitted) {
    const ErrandSubmittedView& v = *part.submitted;
    if (v.alreadyOpen) {
      return format(ReqStr::SubmittedTitle, snap.lang, {v.errandName}) + "。" +
             std::string(text(ReqStr::SubmittedAlready, snap.lang)) + "。" +
             format(ReqStr::SubmittedNumber, snap.lang, {v.number});
    }
    return v.callByLabel.empty() ? format(ReqStr::SubmittedSpokenNoPhone, snap.lang,
                                          {v.number, v.dueLabel, v.errandName})
                                 : format(ReqStr::SubmittedSpoken, snap.lang,
                                          {v.number, v.callByLabel, v.dueLabel, v.errandName});
  }
  if (screen == screens::ErrandStatus) {
    if (part.status.empty()) return std::string(text(ReqStr::StatusSpokenNone, snap.lang));
    std::string each;
    for (const ErrandStatusLine& l : part.status)
      each += l.errandName + "，" + l.stateWords + "，" + l.nextStep + "。";
    return format(ReqStr::StatusSpoken, snap.lang, {std::to_string(part.status.size()), each});
  }
  return {};
}

void ErrandFlow::forget() {
  Snapshot& snap = host_.snap();
  snap.part<ErrandPart>() = ErrandPart{};
  snap.part<PhoneKeypadPart>().phoneDigits.clear();
  residentId_.reset();
  card_.reset();
}

void ErrandFlow::tick(TimePoint now) {
  auto hour = std::chrono::floor<std::chrono::hours>(now.time_since_epoch());
  if (hour == purgedHour_) return;
  purgedHour_ = hour;
  try {
    desk_.purgeDue();
  } catch (const data::StoreError& e) {
    // Tried again next hour; the details wait a little longer, nothing else changes.
    std::fprintf(stderr, "yizhan: store error purging closed requests: %s\n", e.what());
  }
}

void ErrandFlow::addTiles(std::vector<HomeTile>& tiles) {
  Lang lang = host_.snap().lang;
  tiles.push_back({tiles::Errand, std::string(text(ReqStr::TileErrand, lang)), false,
                   std::string(text(ReqStr::TileErrandDetail, lang))});
}

}  // namespace yizhan::kiosk
