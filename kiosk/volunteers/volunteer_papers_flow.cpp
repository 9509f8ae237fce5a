#include "kiosk/volunteers/volunteer_papers_flow.h"

#include <cstdio>

#include "kiosk/base/local_time.h"
#include "kiosk/base/strings.h"
#include "kiosk/calendar/work_calendar.h"
#include "kiosk/residents/phone_keypad.h"
#include "kiosk/session/session.h"
#include "kiosk/session/store_problem.h"
#include "kiosk/volunteers/volunteer_card.h"
#include "kiosk/volunteers/volunteer_papers.h"
#include "kiosk/volunteers/volunteer_strings.h"

namespace yizhan::kiosk {

std::pair<std::string, std::string> proofDays(VolunteerPaper paper, const std::string& today) {
  std::string firstOfMonth = today.substr(0, 8) + "01";
  switch (paper) {
    case VolunteerPaper::ProofLastMonth: {
      // The calendar's day arithmetic: the day before the 1st ends last month.
      std::string lastDay = addDays(firstOfMonth, -1);
      return {lastDay.substr(0, 8) + "01", lastDay};
    }
    case VolunteerPaper::ProofThisYear:
      return {today.substr(0, 5) + "01-01", today};
    case VolunteerPaper::ProofThisMonth:
    case VolunteerPaper::Card:
      break;
  }
  return {firstOfMonth, today};
}

bool VolunteerPapersFlow::handle(const Intent& intent) {
  Snapshot& snap = host_.snap();
  if (intent.as<intent::OpenVolunteerPapers>()) {
    if (snap.screen != screens::StaffMenu) return true;
    forget();
    snap.part<PhoneKeypadPart>().phoneDigits.clear();
    snap.error.reset();
    host_.go(screens::VolunteerFind);
    return true;
  }
  if (!owns(snap.screen)) return false;
  if (snap.screen == screens::VolunteerFind &&
      takePhoneKey(intent, host_, key_,
                   [this](const PersonRef& p) { found(volunteers_.roster.byPhone(p)); })) {
    return true;
  }
  return on<intent::PrintVolunteerPaper>(intent, [&](const auto& asked) {
    if (snap.screen == screens::VolunteerPapers) print(asked.paper);
  });
}

void VolunteerPapersFlow::found(const std::optional<VolunteerView>& volunteer) {
  Snapshot& snap = host_.snap();
  snap.part<PhoneKeypadPart>().phoneDigits.clear();
  // A removed volunteer's papers are not printed: their record stays, their card is void.
  if (!volunteer || volunteer->status == VolunteerStatus::Removed) {
    snap.error = std::string(text(VolStr::FindNotOnRoster, snap.lang));
    host_.changed();
    host_.say(*snap.error);
    return;
  }
  VolunteerPapersPart& part = snap.part<VolunteerPapersPart>();
  part = VolunteerPapersPart{};
  part.volunteer = volunteer;
  snap.error.reset();
  host_.go(screens::VolunteerPapers);
}

bool VolunteerPapersFlow::cardRead(const drivers::Identity& card) {
  if (host_.snap().screen != screens::VolunteerFind) return false;
  try {
    found(volunteers_.roster.byCard(card));
  } catch (const data::StoreError& e) {
    showStoreProblem(host_, "finding a volunteer", e);
  }
  return true;
}

bool VolunteerPapersFlow::cardRefused(const CardRefusal& refusal) {
  Snapshot& snap = host_.snap();
  if (snap.screen != screens::VolunteerFind) return false;
  showProblem(host_, refusal.message);
  return true;
}

void VolunteerPapersFlow::print(VolunteerPaper paper) {
  Snapshot& snap = host_.snap();
  VolunteerPapersPart& part = snap.part<VolunteerPapersPart>();
  if (!part.volunteer || part.print == PrintState::Printing) return;
  const VolunteerView v = *part.volunteer;
  const std::string& station = host_.settings().stationName;
  SessionServices::Composer compose;
  try {
    if (paper == VolunteerPaper::Card) {
      VolunteerCardPrint card{station, v.nameMasked, v.externalId.value_or(std::to_string(v.id)),
                              v.team, volunteerCardCode(host_.settings().stationId, v.id, key_)};
      compose = [card, lang = snap.lang](const drivers::PrinterProfile& profile,
                                         const drivers::TextRaster& raster) {
        return composeVolunteerCard(card, lang, profile, raster);
      };
    } else {
      auto details = volunteers_.roster.fullDetails(v.id);
      if (!details) {
        snap.error = std::string(text(VolStr::FindNotOnRoster, snap.lang));
        host_.changed();
        return;
      }
      auto [from, to] = proofDays(paper, formatDay(host_.now()));
      ServiceRecord record = volunteers_.shifts.issueRecord(v.id, from, to, station);
      compose = [record, name = details->name, kind = v.kind, lang = snap.lang](
                    const drivers::PrinterProfile& profile, const drivers::TextRaster& raster) {
        return composeServiceProof(record, name, kind, lang, profile, raster);
      };
    }
  } catch (const data::StoreError& e) {
    showStoreProblem(host_, "printing a volunteer's papers", e);
    return;
  }
  part.print = PrintState::Printing;
  part.printProblem.clear();
  snap.error.reset();
  host_.changed();
  std::int64_t who = v.id;
  host_.print(std::move(compose), [this, who](bool printed, const std::string& problem) {
    VolunteerPapersPart& p = host_.snap().part<VolunteerPapersPart>();
    if (!p.volunteer || p.volunteer->id != who) return;  // moved on to someone else
    p.print = printed ? PrintState::Printed : PrintState::Failed;
    p.printProblem = problem;
    host_.changed();
  });
}

void VolunteerPapersFlow::forget() {
  host_.snap().part<VolunteerPapersPart>() = VolunteerPapersPart{};
}

bool VolunteerPapersFlow::back() {
  Snapshot& snap = host_.snap();
  snap.error.reset();
  if (snap.screen == screens::VolunteerPapers) {
    forget();
    snap.part<PhoneKeypadPart>().phoneDigits.clear();
    host_.go(screens::VolunteerFind);
    return true;
  }
  forget();
  host_.toStaffMenu();
  return true;
}

std::string VolunteerPapersFlow::prompt(const Screen& screen) const {
  Lang lang = host_.snap().lang;
  if (screen == screens::VolunteerFind) return std::string(text(VolStr::FindSpoken, lang));
  return std::string(text(VolStr::PapersSpoken, lang));
}

void VolunteerPapersFlow::addStaffEntries(std::vector<StaffEntry>& entries) {
  bool anyone = false;
  try {
    anyone = volunteers_.roster.anyListed();
  } catch (const data::StoreError& e) {
    std::fprintf(stderr, "yizhan: store error reading the roster: %s\n", e.what());
  }
  if (!anyone) return;
  entries.push_back(
      {std::string(text(VolStr::PapersEntry, host_.snap().lang)), intent::OpenVolunteerPapers{}});
}

}  // namespace yizhan::kiosk
