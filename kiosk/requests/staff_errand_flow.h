#pragma once
// 红色代办 from the kiosk's staff menu (issue 16, requirement 7): the staff's lists — open,
// due today, overdue, untaken, to call back, each grid, each errand — with their counts; one
// request with its history and the steps staff may take from where it stands, each checked
// by the lifecycle's table at the moment it is taken. What a step needs is tapped from a short
// list (staff at the kiosk do not type): the volunteer to send (signed in first, those of the
// request's grid next), the reason, the days of an extension (then its reason), the note of a
// resolution. The
// resident shows masked (the hall sees the screen); their contact only on a tap, audited.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/requests/request_desk.h"
#include "kiosk/requests/volunteer_errand_flow.h"
#include "kiosk/session/flow.h"

namespace yizhan::kiosk {

namespace screens {
inline constexpr Screen StaffErrandLists{"staff-errand-lists", Audience::Staff};
inline constexpr Screen StaffErrandList{"staff-errand-list", Audience::Staff};
inline constexpr Screen StaffErrand{"staff-errand", Audience::Staff};
inline constexpr Screen StaffErrandStep{"staff-errand-step", Audience::Staff};
}  // namespace screens

namespace intent {
struct OpenStaffErrands {};
struct ChooseStaffErrandList {
  int list = 0;  // index into StaffErrandPart::lists
};
struct ChooseStaffErrand {
  std::int64_t requestId = 0;
};
struct ShowStaffErrandContact {};
struct ChooseStaffErrandStep {
  int step = 0;  // index into StaffErrandPart::steps
};
struct ChooseStaffErrandOption {
  int option = 0;  // index into StaffErrandPart::options
};
}  // namespace intent

struct StaffErrandListView {
  std::string name;  // 未办结, 第一网格, 代缴水电气费
  std::size_t count = 0;
  bool urgent = false;  // overdue ones, or untaken
};

// One of a step's choices: a volunteer to send it to, a reason, or a note.
struct StaffErrandOption {
  std::string words, detail;
  std::optional<std::int64_t> volunteerId;
  std::string reason, note;
  int days = 0;            // an extension's days, chosen before its reason
  bool preferred = false;  // a signed-in volunteer of the request's grid
};

struct StaffErrandStepView {
  RequestAction action = RequestAction::Dispatch;
  std::string words;
};

struct StaffErrandPart {
  std::vector<StaffErrandListView> lists;
  int list = 0;
  std::vector<VolunteerErrandLine> lines;
  std::optional<VolunteerErrandLine> chosen;
  std::string resident;  // masked: 张*兰 110***********0022
  std::string holder;    // the volunteer's masked name, or ''
  std::vector<std::string> history;
  std::optional<std::string> contact;  // name, phone and address, once asked for
  std::vector<StaffErrandStepView> steps;
  std::optional<RequestAction> step;
  std::vector<StaffErrandOption> options;
  int days = 0;  // an extension's, once chosen
};

class StaffErrandFlow : public Flow {
 public:
  StaffErrandFlow(FlowHost& host, RequestDesk& desk) : host_(host), desk_(desk) {}
  std::span<const Screen> shows() const override { return kScreens; }
  bool handle(const Intent& intent) override;
  void forget() override;
  bool back() override;
  void addStaffEntries(std::vector<StaffEntry>& entries) override;

 private:
  static constexpr Screen kScreens[] = {screens::StaffErrandLists, screens::StaffErrandList,
                                        screens::StaffErrand, screens::StaffErrandStep};
  void showLists();
  void showList(int list);
  void choose(std::int64_t requestId);
  void askStep(int step);
  void act(RequestAction action, const StaffErrandOption& option);
  void storeProblem();

  FlowHost& host_;
  RequestDesk& desk_;
  std::vector<RequestListAsk> asks_;  // one per StaffErrandPart::lists
};

}  // namespace yizhan::kiosk
