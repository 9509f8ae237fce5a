#include "kiosk/appeals/appeal_flow.h"

#include <algorithm>

#include "kiosk/appeals/appeal_strings.h"
#include "kiosk/appointments/appointment_text.h"
#include "kiosk/base/local_time.h"
#include "kiosk/queue/take_number_flow.h"
#include "kiosk/requests/errand_flow.h"
#include "kiosk/requests/request_slip.h"
#include "kiosk/requests/request_strings.h"
#include "kiosk/residents/grid_map.h"
#include "kiosk/residents/phone_keypad.h"
#include "kiosk/session/session.h"

namespace yizhan::kiosk {

AppealStr nextWords(const AppealSubmittedView& v) {
  return v.anonymous  ? AppealStr::SubmittedAnonymous
         : v.hasPhone ? AppealStr::SubmittedCallBy
                      : AppealStr::SubmittedLeavePhone;
}

AppealFlow::AppealFlow(FlowHost& host, AppealDesk& desk, const PersonalKey& key,
                       std::string stationPhone)
    : host_(host), desk_(desk), key_(key), stationPhone_(std::move(stationPhone)) {}

std::string AppealFlow::dayWords(const std::string& day) const {
  return dayLabel(day, host_.snap().lang);
}

bool AppealFlow::handle(const Intent& intent) {
  Snapshot& snap = host_.snap();
  if (opensTile(intent, tiles::Appeal)) {
    if (snap.screen == screens::Home) open();
    return true;
  }
  if (snap.screen == screens::AppealWho &&
      takePhoneKey(intent, host_, key_, [this, &snap](const PersonRef& phone) {
        ResidentOutcome found = desk_.requests().residents().identifyByPhone(phone);
        if (!found.resident) {
          showProblem(host_, std::string(text(ReqStr::PhoneUnknown, snap.lang)));
          return;
        }
        card_.reset();
        residentId_ = found.resident->id;
        identified({false, found.resident->nameMasked, found.resident->hasPhone,
                    found.resident->phoneMasked});
      })) {
    return true;
  }
  return on<intent::AppealAnonymously>(intent,
                                       [&](const auto&) {
                                         if (snap.screen != screens::AppealWho) return;
                                         residentId_.reset();
                                         card_.reset();
                                         identified({true, "", false, ""});
                                       }) ||
         on<intent::ChooseAppealCategory>(intent,
                                          [&](const auto& i) { chooseCategory(i.categoryId); }) ||
         on<intent::ChooseAppealPlace>(intent, [&](const auto& i) { choosePlace(i.place); }) ||
         on<intent::ChooseAppealUnit>(intent, [&](const auto& i) { chooseUnit(i.unit); }) ||
         on<intent::SubmitAppeal>(intent,
                                  [&](const auto& i) {
                                    if (snap.screen == screens::AppealConfirm) submit(i.urgent);
                                  }) ||
         on<intent::FinishTicket>(intent, [&](const auto&) {
           if (snap.screen == screens::AppealSubmitted) host_.goHome();
         });
}

void AppealFlow::open() {
  forget();
  host_.go(screens::AppealWho);
}

void AppealFlow::identified(AppealAsker asker) {
  host_.snap().part<AppealPart>().asker = std::move(asker);
  showCategories();
}

void AppealFlow::showCategories() {
  auto& part = host_.snap().part<AppealPart>();
  part.categories.clear();
  bool anonymous = part.asker && part.asker->anonymous;
  for (const AppealCategory& c : desk_.catalog().categories) {
    // 其他 is staff calling to hear what it is: nobody to call when nobody is named.
    if (anonymous && c.id == "other") continue;
    part.categories.push_back({c.id, c.name, c.pictogram, shortErrandName(c.name)});
  }
  part.draft.reset();
  host_.go(screens::AppealCategory);
}

void AppealFlow::chooseCategory(const std::string& id) {
  Snapshot& snap = host_.snap();
  auto& part = snap.part<AppealPart>();
  if (snap.screen != screens::AppealCategory) return;
  auto offered = std::find_if(part.categories.begin(), part.categories.end(),
                              [&](const AppealCategoryChoice& c) { return c.id == id; });
  const AppealCategory* category = desk_.catalog().category(id);
  if (offered == part.categories.end() || !category) return;
  AppealDraft draft;
  draft.categoryId = category->id;
  draft.categoryName = category->name;
  draft.pictogram = category->pictogram;
  draft.dueLabel = dayWords(desk_.requests().dueIfAcceptedToday(category->deadlineWorkingDays));
  part.draft = draft;
  showPlaces();
}

void AppealFlow::showPlaces() {
  auto& part = host_.snap().part<AppealPart>();
  part.places = allBuildings(desk_.requests().residents().grids());
  part.buildings = static_cast<int>(part.places.size());
  for (const std::string& spot : desk_.catalog().publicPlaces) part.places.push_back(spot);
  part.draft->building.clear();
  part.draft->unit.clear();
  part.draft->spot.clear();
  host_.go(screens::AppealPlace);
}

void AppealFlow::choosePlace(const std::string& place) {
  Snapshot& snap = host_.snap();
  auto& part = snap.part<AppealPart>();
  if (snap.screen != screens::AppealPlace || !part.draft) return;
  auto at = std::find(part.places.begin(), part.places.end(), place);
  if (at == part.places.end()) return;
  if (at - part.places.begin() >= part.buildings) {
    part.draft->spot = place;
    host_.go(screens::AppealConfirm);
    return;
  }
  part.draft->building = place;
  int units = desk_.catalog().unitsPerBuilding;
  if (units <= 0) {
    host_.go(screens::AppealConfirm);
    return;
  }
  part.units.clear();
  for (int u = 1; u <= units; ++u) part.units.push_back(std::to_string(u) + "单元");
  host_.go(screens::AppealUnit);
}

void AppealFlow::chooseUnit(const std::string& unit) {
  Snapshot& snap = host_.snap();
  auto& part = snap.part<AppealPart>();
  if (snap.screen != screens::AppealUnit || !part.draft) return;
  if (!unit.empty() && std::find(part.units.begin(), part.units.end(), unit) == part.units.end())
    return;
  part.draft->unit = unit;
  host_.go(screens::AppealConfirm);
}

void AppealFlow::submit(bool urgent) {
  Snapshot& snap = host_.snap();
  auto& part = snap.part<AppealPart>();
  if (!part.draft || !part.asker) return;
  AppealAsk ask;
  ask.anonymous = part.asker->anonymous;
  ask.residentId = card_ ? std::nullopt : residentId_;
  ask.card = card_;
  ask.categoryId = part.draft->categoryId;
  ask.building = part.draft->building;
  ask.unit = part.draft->unit;
  ask.spot = part.draft->spot;
  ask.urgent = urgent;
  AppealOutcome out = desk_.submit(ask);
  if (!out.appeal) {
    showProblem(host_, appealProblemText(*out.problem));
    return;
  }
  const RequestView& a = *out.appeal;
  AppealSubmittedView view;
  view.number = a.number;
  view.categoryName = shortErrandName(a.errandName);
  view.place = placeWords(a);
  view.dueLabel = dayWords(a.dueDay);
  view.anonymous = a.anonymous;
  view.urgent = a.urgent;
  view.hasPhone = part.asker->hasPhone;
  view.alreadyOpen = out.alreadyOpen;
  part.submitted = view;
  part.draft.reset();
  card_.reset();
  host_.go(screens::AppealSubmitted);
  printSlip(a);
}

void AppealFlow::printSlip(const RequestView& a) {
  const AppealSubmittedView& v = *host_.snap().part<AppealPart>().submitted;
  Lang lang = host_.snap().lang;
  RequestSlip slip;
  slip.stationName = host_.settings().stationName;
  slip.stationPhone = stationPhone_;
  slip.number = a.number;
  slip.title = std::string(text(AppealStr::SlipTitle, lang));
  slip.numberLine = format(AppealStr::SlipNumber, lang, {a.number});
  slip.errandName = a.errandName;
  slip.answers = {format(AppealStr::SlipPlace, lang, {v.place})};
  if (a.urgent) slip.answers.push_back(std::string(text(AppealStr::SlipUrgent, lang)));
  slip.dueLabel = v.dueLabel;
  slip.nextLine = std::string(text(v.anonymous ? AppealStr::SlipAnonymous : nextWords(v), lang));
  if (!a.anonymous) slip.residentMasked = a.residentMasked;
  slip.trackingCode = a.trackingCode;
  slip.acceptedLocal = formatMinute(host_.now());
  host_.print(
      [slip, lang](const drivers::PrinterProfile& profile, const drivers::TextRaster& raster) {
        return composeRequestSlip(slip, lang, profile, raster);
      },
      [this, number = a.number](bool printed, const std::string& problem) {
        auto& submitted = host_.snap().part<AppealPart>().submitted;
        if (!submitted || submitted->number != number) return;  // moved on
        submitted->print = printed ? PrintState::Printed : PrintState::Failed;
        submitted->printProblem = problem;
        host_.changed();
      });
}

bool AppealFlow::cardRead(const drivers::Identity& card) {
  if (host_.snap().screen != screens::AppealWho) return false;
  host_.noteActivity();
  card_ = card;
  ResidentView who = desk_.requests().residents().identifyByCard(card);
  residentId_ = who.id > 0 ? std::optional(who.id) : std::nullopt;
  identified({false, who.nameMasked, who.hasPhone, who.phoneMasked});
  return true;
}

bool AppealFlow::cardRefused(const CardRefusal& refusal) {
  if (host_.snap().screen != screens::AppealWho) return false;
  host_.noteActivity();
  showProblem(host_, refusal.message);
  return true;
}

bool AppealFlow::back() {
  Snapshot& snap = host_.snap();
  auto& part = snap.part<AppealPart>();
  // One step back, keeping what was chosen before it.
  if (snap.screen == screens::AppealConfirm && part.draft) {
    if (!part.draft->building.empty() && desk_.catalog().unitsPerBuilding > 0) {
      part.draft->unit.clear();
      host_.go(screens::AppealUnit);
    } else {
      showPlaces();
    }
    return true;
  }
  if (snap.screen == screens::AppealUnit && part.draft) {
    showPlaces();
    return true;
  }
  if (snap.screen == screens::AppealPlace) {
    showCategories();
    return true;
  }
  if (snap.screen == screens::AppealCategory) {
    open();
    return true;
  }
  return false;
}

std::string AppealFlow::prompt(const Screen& screen) const {
  const Snapshot& snap = host_.snap();
  const auto& part = snap.part<AppealPart>();
  if (screen == screens::AppealWho) return std::string(text(AppealStr::WhoSpoken, snap.lang));
  if (screen == screens::AppealCategory) {
    std::string words;
    if (part.asker && !part.asker->anonymous)
      words = format(ReqStr::Greeting, snap.lang, {part.asker->nameMasked}) + "。";
    words += text(AppealStr::CategorySpoken, snap.lang);
    for (const AppealCategoryChoice& c : part.categories) words += "。" + c.name;
    return words;
  }
  if (screen == screens::AppealSubmitted && part.submitted) {
    const AppealSubmittedView& v = *part.submitted;
    if (v.alreadyOpen)
      return format(AppealStr::SubmittedTitle, snap.lang, {v.categoryName}) + "。" +
             std::string(text(AppealStr::SubmittedAlready, snap.lang)) + "。" +
             format(AppealStr::SubmittedNumber, snap.lang, {v.number});
    return format(AppealStr::SubmittedSpoken, snap.lang,
                  {v.categoryName, v.number, v.dueLabel, text(nextWords(v), snap.lang)});
  }
  if (!part.draft) return {};
  const AppealDraft& d = *part.draft;
  if (screen == screens::AppealPlace)
    return format(AppealStr::PlaceSpoken, snap.lang, {shortErrandName(d.categoryName)});
  if (screen == screens::AppealUnit) {
    std::string words = format(AppealStr::UnitSpoken, snap.lang, {d.building});
    for (const std::string& u : part.units) words += "，" + u;
    return words + "，" + std::string(text(AppealStr::UnitWhole, snap.lang)) +
           std::string(text(AppealStr::UnitNotSure, snap.lang));
  }
  if (screen == screens::AppealConfirm)
    return format(AppealStr::ConfirmSpoken, snap.lang,
                  {shortErrandName(d.categoryName), d.placeWords(), d.dueLabel});
  return {};
}

void AppealFlow::forget() {
  Snapshot& snap = host_.snap();
  snap.part<AppealPart>() = AppealPart{};
  snap.part<PhoneKeypadPart>().phoneDigits.clear();
  residentId_.reset();
  card_.reset();
}

void AppealFlow::addTiles(std::vector<HomeTile>& tiles) {
  Lang lang = host_.snap().lang;
  tiles.push_back({tiles::Appeal, std::string(text(AppealStr::TileAppeal, lang)), false,
                   std::string(text(AppealStr::TileAppealDetail, lang))});
}

}  // namespace yizhan::kiosk
