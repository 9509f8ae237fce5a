#include "ui/audit/screen_tour.h"

#include <algorithm>
#include <chrono>
#include <thread>

#include "drivers/idcard/sim/fixture_cards.h"
#include "kiosk/appeals/appeal_flow.h"
#include "kiosk/appointments/booking_flow.h"
#include "kiosk/appointments/check_in_flow.h"
#include "kiosk/echo/echo_wall_flow.h"
#include "kiosk/figures/figures_flow.h"
#include "kiosk/queue/counter_desk_flow.h"
#include "kiosk/queue/queue_stats_flow.h"
#include "kiosk/queue/take_number_flow.h"
#include "kiosk/requests/errand_flow.h"
#include "kiosk/requests/request_slip.h"
#include "kiosk/requests/staff_errand_flow.h"
#include "kiosk/requests/volunteer_errand_flow.h"
#include "kiosk/residents/priority_register_flow.h"
#include "kiosk/staff/call_staff_flow.h"
#include "kiosk/staff/staff_pin_flow.h"
#include "kiosk/sync/sync_panel_flow.h"
#include "kiosk/volunteers/volunteer_flow.h"
#include "kiosk/volunteers/volunteer_papers_flow.h"
#include "kiosk/volunteers/volunteer_review_flow.h"

namespace yizhan::ui {

namespace intent = kiosk::intent;

namespace {
class Walk {
 public:
  Walk(HeadlessKiosk& kiosk, const std::function<void(const TourStop&)>& atStop)
      : kiosk_(kiosk), atStop_(atStop) {}
  kiosk::KioskSession& session() { return kiosk_.station().session(); }
  const kiosk::Snapshot& snap() { return session().snapshot(); }
  void send(const kiosk::Intent& i) {
    session().dispatch(i);
    kiosk_.settle();
  }
  void keys(const std::string& digits) {
    for (char c : digits) send(intent::KeypadKey{c});
  }
  template <typename Done>
  void until(Done done) {
    for (int i = 0; i < 250 && !done(); ++i) {
      kiosk_.settle();
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  }
  void stop(std::string state = {}) {
    kiosk_.settle();
    atStop_({std::string(snap().screen.name), std::move(state)});
  }
  void printed() {
    until([&] {
      const auto& t = snap().part<kiosk::TakeNumberPart>().ticket;
      const auto& b = snap().part<kiosk::BookingPart>().booked;
      const auto& e = snap().part<kiosk::ErrandPart>().submitted;
      const auto& a = snap().part<kiosk::AppealPart>().submitted;
      return (!t || t->print != kiosk::PrintState::Printing) &&
             (!b || b->print != kiosk::PrintState::Printing) &&
             (!e || e->print != kiosk::PrintState::Printing) &&
             (!a || a->print != kiosk::PrintState::Printing);
    });
  }

 private:
  HeadlessKiosk& kiosk_;
  const std::function<void(const TourStop&)>& atStop_;
};
}  // namespace

namespace {
// A volunteer signing in by phone and PIN (the refusals on the way), on duty, and out.
void tourVolunteers(HeadlessKiosk& kiosk, Walk& w) {
  kiosk::VolunteerDetails wang;
  wang.name = "王小明";
  wang.phone = "13812345678";
  wang.team = "红色代办服务队";
  auto& roster = kiosk.station().volunteerRoster();
  std::int64_t id = *roster.enrollOrUpdate(wang, "kiosk", "tour").id;
  roster.setPin(id, "2468", "tour");

  w.send(intent::OpenTile{kiosk::tiles::Volunteers});
  w.stop();
  w.session().cardRead(drivers::sim::elderlyResident());
  kiosk.settle();
  w.stop("card-not-on-roster");
  w.send(intent::VolunteerUsePhone{});
  w.stop();
  w.keys("13900000000");
  w.send(intent::KeypadConfirm{});
  w.stop("unknown-phone");
  for (int i = 0; i < 11; ++i) w.send(intent::KeypadDelete{});
  w.keys("13812345678");
  w.send(intent::KeypadConfirm{});
  w.stop();
  w.keys("1111");
  w.send(intent::KeypadConfirm{});
  w.until([&] { return w.snap().error.has_value(); });
  w.stop("wrong-pin");
  w.keys("2468");
  w.send(intent::KeypadConfirm{});
  w.until([&] { return w.snap().screen == kiosk::screens::VolunteerActivity; });
  w.stop();
  w.send(intent::PickActivity{"duty"});
  w.stop("signed-in");
  w.send(intent::VolunteerDone{});
  // Back two hours later by the tile: on duty, with 签退.
  kiosk.advance(std::chrono::hours(2));
  w.send(intent::OpenTile{kiosk::tiles::Volunteers});
  w.send(intent::VolunteerUsePhone{});
  w.keys("13812345678");
  w.send(intent::KeypadConfirm{});
  w.keys("2468");
  w.send(intent::KeypadConfirm{});
  w.until([&] { return w.snap().screen == kiosk::screens::VolunteerOnDuty; });
  w.stop("on-duty");
  w.send(intent::VolunteerSignOut{});
  w.stop();
  w.send(intent::PrintServiceRecord{});
  w.until([&] {
    const auto& p = w.snap().part<kiosk::VolunteerPart>().recordPrint;
    return p && *p != kiosk::PrintState::Printing;
  });
  w.stop("record-printed");
  w.send(intent::VolunteerDone{});
  // Signed in again and never out: closed at the cap, waiting for staff (the staff tour).
  kiosk.station().volunteerShifts().signIn(id, "civility");
  kiosk.advance(std::chrono::hours(10));
}
}  // namespace

// 民意诉求, where the station offers it: a new card (no phone on record) about a building's
// unit, urgent; then anonymously about a public place.
void tourAppeals(HeadlessKiosk& kiosk, Walk& w) {
  bool offered = false;
  for (const kiosk::HomeTile& t : w.snap().tiles) offered |= t.id == kiosk::tiles::Appeal;
  if (!offered) return;
  w.send(intent::OpenTile{kiosk::tiles::Appeal});
  w.stop();
  w.session().cardRead(drivers::sim::elderlyResident());
  kiosk.settle();
  w.stop("card");
  w.send(intent::ChooseAppealCategory{"noise"});
  w.stop();
  w.send(intent::ChooseAppealPlace{"3号楼"});
  w.stop();
  w.send(intent::ChooseAppealUnit{"2单元"});
  w.stop("no-phone");
  w.send(intent::SubmitAppeal{true});
  w.printed();
  w.stop("urgent");
  w.send(intent::FinishTicket{});

  w.send(intent::OpenTile{kiosk::tiles::Appeal});
  w.send(intent::AppealAnonymously{});
  w.stop("anonymous");
  w.send(intent::ChooseAppealCategory{"parking"});
  w.send(intent::ChooseAppealPlace{"停车场"});
  w.stop("anonymous");
  w.send(intent::SubmitAppeal{false});
  w.printed();
  w.stop("anonymous");
  w.send(intent::FinishTicket{});
}

// The echo wall, empty, then with the anonymous car park settled by staff.
void tourEchoWall(HeadlessKiosk& kiosk, Walk& w) {
  bool offered = false;
  for (const kiosk::HomeTile& t : w.snap().tiles) offered |= t.id == kiosk::tiles::EchoWallTile;
  if (!offered) return;
  w.send(intent::OpenTile{kiosk::tiles::EchoWallTile});
  w.stop("empty");
  w.send(intent::Back{});
  kiosk::RequestDesk& desk = kiosk.station().requests();
  for (const kiosk::RequestView& r :
       desk.list(kiosk::RequestListAsk::of(kiosk::RequestList::Open))) {
    if (!r.anonymous) continue;
    kiosk::ActAsk ask;
    ask.actor = kiosk::RequestActor::staff("tour");
    ask.action = kiosk::RequestAction::Start;
    desk.act(r.id, ask);
    ask.action = kiosk::RequestAction::Resolve;
    ask.note = "已清理占道车辆";
    desk.act(r.id, ask);
  }
  w.send(intent::OpenTile{kiosk::tiles::EchoWallTile});
  w.stop("done");
  w.send(intent::Back{});
}

// 红色代办, where the station offers it: a new card (no phone on record) asking for an errand
// with two questions; a listed resident by phone asking for one without questions, then back
// with a request under way to see its progress; and the progress from a slip's code.
void tourErrands(HeadlessKiosk& kiosk, Walk& w) {
  bool offered = false;
  for (const kiosk::HomeTile& t : w.snap().tiles) offered |= t.id == kiosk::tiles::Errand;
  if (!offered) return;
  w.send(intent::OpenTile{kiosk::tiles::Errand});
  w.stop();
  w.keys("13900009999");
  w.send(intent::KeypadConfirm{});
  w.stop("phone-unknown");
  w.session().cardRead(drivers::sim::elderlyResident());
  kiosk.settle();
  w.stop("card");
  w.send(intent::ChooseErrand{"utilities"});
  w.stop();
  w.send(intent::AnswerErrand{"电费"});
  w.stop("second");
  w.send(intent::AnswerErrand{"上午"});
  w.stop("no-phone");
  w.send(intent::SubmitErrand{});
  w.printed();
  w.stop("no-phone");
  w.send(intent::FinishTicket{});

  kiosk::ResidentDetails zhang;
  zhang.name = "张桂兰";
  zhang.phone = "13911112222";
  zhang.address = kiosk::ResidentAddress{"3号楼", "2单元", "301"};
  zhang.livesAlone = true;
  std::int64_t zhangId =
      kiosk.station().requests().residents().enrollOrUpdate(zhang, "staff", "tour").resident->id;
  w.send(intent::OpenTile{kiosk::tiles::Errand});
  w.keys("13911112222");
  w.send(intent::KeypadConfirm{});
  w.send(intent::ChooseErrand{"other"});
  w.stop("with-phone");
  w.send(intent::SubmitErrand{});
  w.printed();
  w.stop("with-phone");
  std::string code = w.snap().part<kiosk::ErrandPart>().submitted->number;
  w.send(intent::FinishTicket{});
  w.send(intent::OpenTile{kiosk::tiles::Errand});
  w.keys("13911112222");
  w.send(intent::KeypadConfirm{});
  w.stop("open-requests");
  w.send(intent::ShowErrandStatus{});
  w.stop();
  w.send(intent::FinishTicket{});
  auto request = kiosk.station().requests().byNumber(code);
  w.session().scanned(kiosk::requestQrPayload(request->trackingCode));
  kiosk.settle();
  w.stop("from-slip");
  w.send(intent::FinishTicket{});

  // A volunteer on duty who pays utilities: the requests to take, one taken (the work slip),
  // started and resolved; first one the volunteer cannot take (no phone on record).
  kiosk::SubmitAsk bills;
  bills.residentId = zhangId;
  bills.errandId = "utilities";
  bills.answers = {"燃气费", "下午"};
  kiosk.station().requests().submit(bills);
  kiosk::VolunteerDetails li;
  li.name = "李红梅";
  li.phone = "13822223333";
  li.team = "红色代办服务队";
  li.skills = {"代缴水电气费"};
  auto& roster = kiosk.station().volunteerRoster();
  std::int64_t id = *roster.enrollOrUpdate(li, "kiosk", "tour").id;
  roster.setPin(id, "1357", "tour");
  kiosk.station().volunteerShifts().signIn(id, "on_behalf");
  kiosk.advance(std::chrono::minutes(5));
  w.send(intent::OpenTile{kiosk::tiles::Volunteers});
  w.send(intent::VolunteerUsePhone{});
  w.keys("13822223333");
  w.send(intent::KeypadConfirm{});
  w.keys("1357");
  w.send(intent::KeypadConfirm{});
  w.until([&] { return w.snap().screen == kiosk::screens::VolunteerOnDuty; });
  w.stop("with-errands");
  w.send(intent::OpenVolunteerErrands{id, false});
  w.stop();
  const auto& lines = w.snap().part<kiosk::VolunteerErrandPart>().lines;
  auto byName = [&](const std::string& masked) {
    for (const auto& l : lines)
      if (l.residentMasked == masked) return l.id;
    return std::int64_t{0};
  };
  std::int64_t noPhone = byName("王*英"), known = byName("张*兰");
  if (!noPhone || !known) return;
  w.send(intent::ChooseVolunteerErrand{noPhone});
  w.stop();
  w.send(intent::TakeVolunteerErrand{});
  w.stop("no-contact");
  w.send(intent::Back{});
  w.send(intent::ChooseVolunteerErrand{known});
  w.send(intent::TakeVolunteerErrand{});
  w.printed();
  w.stop("taken");
  w.send(intent::StartVolunteerErrand{});
  w.send(intent::AskResolveVolunteerErrand{});
  w.stop();
  w.send(intent::ResolveVolunteerErrand{0});
  w.stop("resolved");
  w.send(intent::Back{});
  w.send(intent::VolunteerDone{});
}

void tourEveryScreen(HeadlessKiosk& kiosk, const std::function<void(const TourStop&)>& atStop) {
  Walk w(kiosk, atStop);
  kiosk.settle();
  w.stop();
  // The staff PIN screen a resident may reach, before any PIN is set.
  w.send(intent::OpenStaffLogin{});
  w.stop("no-pin");
  w.send(intent::Back{});
  // Cards on the home screen: read, and refused for a reason placing it again cannot mend.
  w.session().cardRead(drivers::sim::elderlyResident());
  kiosk.settle();
  w.stop("card-read");
  w.send(intent::OpenStaffLogin{});
  w.send(intent::Back{});  // home again, the card forgotten
  w.session().cardRefused(drivers::CardProblem::Invalid);
  kiosk.settle();
  w.stop("card-refused");

  w.send(intent::OpenTile{kiosk::tiles::TakeNumber});
  w.stop();
  w.session().cardRefused(drivers::CardProblem::Expired);
  kiosk.settle();
  w.stop("card-refused");
  w.send(intent::ChooseService{"social-security"});
  w.printed();
  w.stop("none-ahead");
  w.send(intent::FinishTicket{});
  w.send(intent::OpenTile{kiosk::tiles::TakeNumber});
  w.send(intent::ChooseService{"social-security"});
  w.printed();
  w.stop("one-ahead");
  w.send(intent::FinishTicket{});

  w.send(intent::OpenTile{kiosk::tiles::Appointment});
  w.stop();
  w.send(intent::ChooseBookingService{"social-security"});
  w.stop();
  for (const auto& d : w.snap().part<kiosk::BookingPart>().bookingDays) {
    if (d.available && d.label != "今天") {  // a whole day: morning and afternoon
      w.send(intent::ChooseBookingDay{d.day});
      break;
    }
  }
  w.stop();
  for (const auto& slot : w.snap().part<kiosk::BookingPart>().slots) {
    if (slot.available) {
      w.send(intent::ChooseSlot{slot.start});
      break;
    }
  }
  w.stop();
  w.keys("13812345678");
  w.send(intent::KeypadConfirm{});
  w.printed();
  w.stop();
  w.send(intent::FinishTicket{});

  w.send(intent::OpenTile{kiosk::tiles::CheckIn});
  w.stop();
  w.keys("13900000000");
  w.send(intent::KeypadConfirm{});
  w.stop("not-found");
  w.send(intent::Back{});

  w.send(intent::OpenTile{kiosk::tiles::CallStaff});
  w.stop();
  w.send(intent::Back{});

  tourVolunteers(kiosk, w);
  tourErrands(kiosk, w);
  tourAppeals(kiosk, w);
  tourEchoWall(kiosk, w);

  kiosk.station().auth().setPin("246810", "tour");
  w.send(intent::OpenStaffLogin{});
  w.stop();
  w.keys("246810");
  w.send(intent::KeypadConfirm{});
  w.until([&] { return w.snap().screen == kiosk::screens::StaffMenu; });
  w.stop();
  w.send(intent::OpenCounterDesk{1});
  w.stop();
  w.send(intent::Back{});
  w.send(intent::OpenQueueStats{});
  w.stop();
  w.send(intent::Back{});
  // The month's figures of the requests the tour made, last month's (none), then printed.
  w.send(intent::OpenFigures{});
  w.stop();
  w.send(intent::ChooseFigures{kiosk::FiguresChoice::LastMonth});
  w.stop("last-month");
  w.send(intent::ChooseFigures{kiosk::FiguresChoice::ThisMonth});
  w.send(intent::PrintFigures{});
  w.until([&] { return w.snap().part<kiosk::FiguresPart>().print != kiosk::PrintState::Printing; });
  w.stop("printed");
  w.send(intent::Back{});
  w.send(intent::OpenPriorityRegister{});
  w.stop();
  w.send(intent::Back{});
  w.send(intent::OpenSync{});
  w.stop();
  w.send(intent::Back{});
  // Staff working the requests: the lists, one of them, a request still to send (its contact
  // shown), and the choices of two steps: the days and reasons of 延期, the volunteers of 派单.
  w.send(intent::OpenStaffErrands{});
  w.stop();
  w.send(intent::ChooseStaffErrandList{0});
  w.stop();
  {
    const auto& lines = w.snap().part<kiosk::StaffErrandPart>().lines;
    auto waiting = std::find_if(lines.begin(), lines.end(), [](const auto& l) {
      return l.state == kiosk::RequestState::Accepted;
    });
    w.send(intent::ChooseStaffErrand{waiting == lines.end() ? lines.at(0).id : waiting->id});
  }
  w.stop();
  w.send(intent::ShowStaffErrandContact{});
  w.stop("contact");
  for (kiosk::RequestAction action :
       {kiosk::RequestAction::Extend, kiosk::RequestAction::Dispatch}) {
    const auto& steps = w.snap().part<kiosk::StaffErrandPart>().steps;
    for (size_t i = 0; i < steps.size(); ++i) {
      if (steps[i].action != action) continue;
      w.send(intent::ChooseStaffErrandStep{static_cast<int>(i)});
      w.stop(kiosk::actionId(action));
      w.send(intent::Back{});
      break;
    }
  }
  w.send(intent::Back{});
  w.send(intent::Back{});
  w.send(intent::Back{});
  // Staff confirming or correcting the shift the volunteers' tour left unsigned.
  w.send(intent::OpenVolunteerReview{});
  w.stop();
  w.send(intent::ChooseFlaggedShift{w.snap().part<kiosk::VolunteerReviewPart>().shifts.at(0).id});
  w.keys("120");
  w.stop();
  w.send(intent::Back{});
  w.send(intent::Back{});
  // Staff printing a volunteer's card: found by phone (an unknown one first), then printed.
  w.send(intent::OpenVolunteerPapers{});
  w.stop();
  w.keys("13900009999");
  w.send(intent::KeypadConfirm{});
  w.stop("not-on-roster");
  w.keys("13812345678");
  w.send(intent::KeypadConfirm{});
  w.stop();
  w.send(intent::PrintVolunteerPaper{kiosk::VolunteerPaper::Card});
  w.until([&] {
    return w.snap().part<kiosk::VolunteerPapersPart>().print != kiosk::PrintState::Printing;
  });
  w.stop("printed");
  w.send(intent::Back{});
  w.send(intent::Back{});
}

kiosk::Config auditedConfig() {
  kiosk::Config config;
  config.requests.offerAtKiosk = 1;
  return config;
}

std::vector<std::string> missedScreens(HeadlessKiosk& kiosk, const std::set<std::string>& visited) {
  std::vector<std::string> missed;
  for (const kiosk::Screen& s : kiosk.station().session().screens()) {
    if (!visited.count(std::string(s.name))) missed.emplace_back(s.name);
  }
  return missed;
}

}  // namespace yizhan::ui
