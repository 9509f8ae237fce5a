#include "kiosk/requests/volunteer_errand_flow.h"

#include "kiosk/appointments/appointment_text.h"
#include "kiosk/base/local_time.h"
#include "kiosk/requests/errand_flow.h"
#include "kiosk/requests/request_slip.h"
#include "kiosk/requests/request_strings.h"
#include "kiosk/session/session.h"
#include "kiosk/volunteers/volunteer_flow.h"

namespace yizhan::kiosk {

namespace {
constexpr ReqStr kNotes[] = {ReqStr::VolNoteDone, ReqStr::VolNoteReceipt, ReqStr::VolNoteDelivered,
                             ReqStr::VolNoteToldStaff};

}  // namespace

void VolunteerErrandFlow::addVolunteerEntries(std::int64_t volunteerId,
                                              std::vector<StaffEntry>& entries) {
  Lang lang = host_.snap().lang;
  auto take = RequestListAsk::of(RequestList::Takeable);
  take.volunteerId = volunteerId;
  take.limit = 100;
  auto hold = RequestListAsk::of(RequestList::Holding);
  hold.volunteerId = volunteerId;
  hold.limit = 100;
  std::size_t takeable = 0, held = 0;
  try {
    takeable = desk_.list(take).size();
    held = desk_.list(hold).size();
  } catch (const data::StoreError&) {
    return;  // the on-duty screen still signs them out; the requests wait for the store
  }
  entries.push_back({format(ReqStr::VolEntryTakeable, lang, {std::to_string(takeable)}),
                     intent::OpenVolunteerErrands{volunteerId, false}});
  if (held > 0) {
    entries.push_back({format(ReqStr::VolEntryHolding, lang, {std::to_string(held)}),
                       intent::OpenVolunteerErrands{volunteerId, true}});
  }
}

VolunteerErrandLine errandLine(const RequestView& r, const std::vector<Grid>& grids, Lang lang) {
  VolunteerErrandLine l;
  l.id = r.id;
  l.number = r.number;
  l.errandName = shortErrandName(r.errandName);
  for (const std::string& a : r.answers) l.answers += (l.answers.empty() ? "" : "、") + a;
  const Grid* grid = gridById(grids, r.grid);
  l.gridName = grid ? grid->name : "";
  l.dueLabel = format(ReqStr::ConfirmDue, lang, {dayLabel(r.dueDay, lang)});
  l.stateWords = stateWords(r.state, r.kind);
  l.state = r.state;
  // The name alone (张*兰): the masked ID number says nothing a volunteer needs.
  l.residentMasked = r.residentMasked.substr(0, r.residentMasked.find(' '));
  l.homeVisit = r.homeVisit;
  l.priority = r.priority;
  l.overdue = r.due == DueState::Overdue;
  return l;
}

bool VolunteerErrandFlow::handle(const Intent& intent) {
  Snapshot& snap = host_.snap();
  if (const auto* open = intent.as<intent::OpenVolunteerErrands>()) {
    if (snap.screen != screens::VolunteerOnDuty) return true;
    volunteerId_ = open->volunteerId;
    showList(open->holding);
    return true;
  }
  if (!owns(snap.screen)) return false;
  return on<intent::ChooseVolunteerErrand>(intent,
                                           [&](const auto& i) {
                                             if (snap.screen == screens::VolunteerErrands)
                                               choose(i.requestId);
                                           }) ||
         on<intent::TakeVolunteerErrand>(intent, [&](const auto&) { act(RequestAction::Take); }) ||
         on<intent::StartVolunteerErrand>(intent,
                                          [&](const auto&) { act(RequestAction::Start); }) ||
         on<intent::AskResolveVolunteerErrand>(
             intent,
             [&](const auto&) {
               auto& part = snap.part<VolunteerErrandPart>();
               if (!part.chosen || part.chosen->state != RequestState::InProgress) return;
               snap.error.reset();
               host_.go(screens::VolunteerErrandResolve);
             }) ||
         on<intent::ResolveVolunteerErrand>(
             intent,
             [&](const auto& i) {
               auto& notes = snap.part<VolunteerErrandPart>().notes;
               if (snap.screen != screens::VolunteerErrandResolve || i.note < 0 ||
                   static_cast<size_t>(i.note) >= notes.size())
                 return;
               act(RequestAction::Resolve, notes[static_cast<size_t>(i.note)]);
             }) ||
         on<intent::ReprintWorkSlip>(intent, [&](const auto&) { printWorkSlip(); });
}

void VolunteerErrandFlow::showList(bool holding) {
  Snapshot& snap = host_.snap();
  auto& part = snap.part<VolunteerErrandPart>();
  auto ask = RequestListAsk::of(holding ? RequestList::Holding : RequestList::Takeable);
  ask.volunteerId = volunteerId_;
  ask.limit = 50;
  part.holding = holding;
  snap.notice.reset();
  part.lines.clear();
  part.chosen.reset();
  part.slip.reset();
  try {
    for (const RequestView& r : desk_.list(ask)) part.lines.push_back(lineOf(r));
  } catch (const data::StoreError&) {
    showProblem(host_, std::string(text(ReqStr::VolStoreProblem, snap.lang)));
    return;
  }
  host_.go(screens::VolunteerErrands);
}

void VolunteerErrandFlow::choose(std::int64_t requestId) {
  Snapshot& snap = host_.snap();
  auto& part = snap.part<VolunteerErrandPart>();
  auto found = std::find_if(part.lines.begin(), part.lines.end(),
                            [&](const VolunteerErrandLine& l) { return l.id == requestId; });
  if (found == part.lines.end()) return;
  auto now = desk_.find(requestId);
  if (!now) return;
  part.chosen = lineOf(*now);
  part.slip.reset();
  part.notes.clear();
  for (ReqStr n : kNotes) part.notes.emplace_back(text(n, snap.lang));
  snap.error.reset();
  host_.go(screens::VolunteerErrand);
}

void VolunteerErrandFlow::act(RequestAction action, const std::string& note) {
  Snapshot& snap = host_.snap();
  auto& part = snap.part<VolunteerErrandPart>();
  if (!part.chosen || !volunteerId_) return;
  ActAsk ask;
  ask.action = action;
  ask.actor = RequestActor::volunteer(*volunteerId_);
  ask.note = note;
  ask.seen = part.chosen->state;
  ActOutcome out;
  try {
    out = desk_.act(part.chosen->id, ask);
  } catch (const data::StoreError&) {
    showProblem(host_, std::string(text(ReqStr::VolStoreProblem, snap.lang)));
    return;
  }
  if (!out) {
    std::string why = actProblemText(out);
    // Someone else has it now: the list as it is, with why it went.
    if (out.problem == ActProblem::TakenByOther || out.problem == ActProblem::ChangedMeanwhile ||
        out.problem == ActProblem::NotHolder) {
      showList(part.holding);
    } else if (out.request) {
      part.chosen = lineOf(*out.request);
      if (snap.screen != screens::VolunteerErrand) host_.go(screens::VolunteerErrand);
    }
    showProblem(host_, why);
    return;
  }
  snap.error.reset();
  if (action == RequestAction::Resolve) {
    // Done: back to what they still hold, saying the resident will be called.
    std::string number = out.request->number;
    showList(true);
    snap.notice = format(ReqStr::VolResolvedNotice, snap.lang, {number});
    host_.say(*snap.notice);
    host_.changed();
    return;
  }
  part.chosen = lineOf(*out.request);
  host_.go(screens::VolunteerErrand);
  if (action == RequestAction::Take) {
    printWorkSlip();
    if (part.slip == PrintState::Printing)
      host_.say(std::string(text(ReqStr::VolTakenSpoken, snap.lang)));
  }
}

void VolunteerErrandFlow::printWorkSlip() {
  Snapshot& snap = host_.snap();
  auto& part = snap.part<VolunteerErrandPart>();
  if (!part.chosen || !volunteerId_ || !isWithVolunteer(part.chosen->state) ||
      part.slip == PrintState::Printing)
    return;
  auto r = desk_.find(part.chosen->id);
  // The contact goes on paper only for the volunteer holding it (audited in the desk).
  auto contact = r ? desk_.contactFor(r->id, RequestActor::volunteer(*volunteerId_)) : std::nullopt;
  if (!r || !contact) {
    showProblem(host_, std::string(text(ReqStr::VolNoContact, snap.lang)));
    return;
  }
  WorkSlip slip;
  slip.stationName = host_.settings().stationName;
  slip.stationPhone = host_.services().stationPhone;
  slip.number = r->number;
  slip.errandName = r->errandName;
  slip.answers = r->answers;
  slip.dueLabel = dayLabel(r->dueDay, snap.lang);
  slip.homeVisit = r->homeVisit;
  slip.priority = r->priority;
  slip.residentName = contact->name;
  slip.residentPhone = contact->phone.value_or("");
  if (contact->address) slip.residentAddress = contact->address->line();
  slip.volunteerMasked = snap.part<VolunteerPart>().nameMasked;
  slip.printedLocal = formatMinute(host_.now());
  part.slip = PrintState::Printing;
  part.slipProblem.clear();
  host_.changed();
  Lang lang = snap.lang;
  host_.print(
      [slip, lang](const drivers::PrinterProfile& profile, const drivers::TextRaster& raster) {
        return composeWorkSlip(slip, lang, profile, raster);
      },
      [this, id = r->id](bool printed, const std::string& problem) {
        auto& p = host_.snap().part<VolunteerErrandPart>();
        if (!p.chosen || p.chosen->id != id) return;  // moved on
        p.slip = printed ? PrintState::Printed : PrintState::Failed;
        p.slipProblem = problem;
        host_.changed();
      });
}

void VolunteerErrandFlow::backToDuty() {
  Snapshot& snap = host_.snap();
  auto& duty = snap.part<VolunteerPart>();
  if (volunteerId_) duty.entries = host_.volunteerEntries(*volunteerId_);
  duty.justSignedIn = false;
  snap.part<VolunteerErrandPart>() = VolunteerErrandPart{};
  host_.go(screens::VolunteerOnDuty);
}

bool VolunteerErrandFlow::back() {
  Snapshot& snap = host_.snap();
  auto& part = snap.part<VolunteerErrandPart>();
  if (snap.screen == screens::VolunteerErrandResolve) {
    host_.go(screens::VolunteerErrand);
  } else if (snap.screen == screens::VolunteerErrand) {
    // Back to the list it came from; a request just taken is now among what they hold.
    bool holding = part.holding || (part.chosen && isWithVolunteer(part.chosen->state));
    showList(holding);
  } else {
    backToDuty();
  }
  return true;
}

std::string VolunteerErrandFlow::prompt(const Screen& screen) const {
  const Snapshot& snap = host_.snap();
  const auto& part = snap.part<VolunteerErrandPart>();
  if (screen == screens::VolunteerErrands) {
    std::string title(
        text(part.holding ? ReqStr::VolHoldingTitle : ReqStr::VolTakeableTitle, snap.lang));
    if (part.lines.empty())
      return title + "。" +
             std::string(
                 text(part.holding ? ReqStr::VolNoneHeld : ReqStr::VolNoneTakeable, snap.lang));
    return title + "。" +
           format(ReqStr::VolListSpoken, snap.lang, {std::to_string(part.lines.size())});
  }
  if (screen == screens::VolunteerErrand && part.chosen) {
    const VolunteerErrandLine& l = *part.chosen;
    std::string words = l.errandName + "，" + l.answers + "，" + l.dueLabel + "，" + l.stateWords;
    if (l.state == RequestState::Accepted || l.state == RequestState::Reopened)
      words += "。" + std::string(text(ReqStr::VolTakeSpoken, snap.lang));
    return words;
  }
  if (screen == screens::VolunteerErrandResolve)
    return std::string(text(ReqStr::VolResolveTitle, snap.lang));
  return {};
}

void VolunteerErrandFlow::forget() {
  host_.snap().part<VolunteerErrandPart>() = VolunteerErrandPart{};
  volunteerId_.reset();
}

}  // namespace yizhan::kiosk
