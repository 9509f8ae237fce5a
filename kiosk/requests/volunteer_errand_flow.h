#pragma once
// 红色代办 for a volunteer on duty at the kiosk (issue 16, requirement 8): from their on-duty
// screen, the requests they can take (their skills) and those they hold; one request in plain
// words; take it (a work slip prints with what the errand needs, the resident's contact and a
// reminder that it carries personal data), mark it started, and resolve it with a note chosen
// from a list. Two takers at once: one holds it, the other is told and sees the list again.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/requests/request_desk.h"
#include "kiosk/session/flow.h"

namespace yizhan::kiosk {

namespace screens {
inline constexpr Screen VolunteerErrands{"volunteer-errands", Audience::Resident};
inline constexpr Screen VolunteerErrand{"volunteer-errand", Audience::Resident};
inline constexpr Screen VolunteerErrandResolve{"volunteer-errand-resolve", Audience::Resident};
}  // namespace screens

namespace intent {
// From the on-duty screen: the takeable list, or what they hold.
struct OpenVolunteerErrands {
  std::int64_t volunteerId = 0;
  bool holding = false;
};
struct ChooseVolunteerErrand {
  std::int64_t requestId = 0;
};
struct TakeVolunteerErrand {};
struct StartVolunteerErrand {};
struct AskResolveVolunteerErrand {};
struct ResolveVolunteerErrand {
  int note = 0;  // index into VolunteerErrandPart::notes
};
struct ReprintWorkSlip {};
}  // namespace intent

// A request as a volunteer's screens show it: never the resident's full name (the kiosk is
// seen by everyone in the hall); the work slip carries the contact.
struct VolunteerErrandLine {
  std::int64_t id = 0;
  std::string number, errandName, answers, gridName, dueLabel, stateWords;
  RequestState state = RequestState::Accepted;
  std::string residentMasked;
  bool homeVisit = false, priority = false, overdue = false;
};

// The line of `r` as the kiosk's lists show it (volunteers' and staff's).
VolunteerErrandLine errandLine(const RequestView& r, const std::vector<Grid>& grids, Lang lang);

struct VolunteerErrandPart {
  bool holding = false;
  std::vector<VolunteerErrandLine> lines;
  std::optional<VolunteerErrandLine> chosen;
  std::vector<std::string> notes;  // the resolution notes to choose from
  std::optional<PrintState> slip;  // the work slip, once asked for
  std::string slipProblem;
};

class VolunteerErrandFlow : public Flow {
 public:
  VolunteerErrandFlow(FlowHost& host, RequestDesk& desk) : host_(host), desk_(desk) {}
  std::span<const Screen> shows() const override { return kScreens; }
  bool handle(const Intent& intent) override;
  void forget() override;
  bool back() override;
  std::string prompt(const Screen& screen) const override;
  void addVolunteerEntries(std::int64_t volunteerId, std::vector<StaffEntry>& entries) override;

 private:
  static constexpr Screen kScreens[] = {screens::VolunteerErrands, screens::VolunteerErrand,
                                        screens::VolunteerErrandResolve};
  void showList(bool holding);
  void choose(std::int64_t requestId);
  void act(RequestAction action, const std::string& note = "");
  void printWorkSlip();
  VolunteerErrandLine lineOf(const RequestView& r) const {
    return errandLine(r, desk_.residents().grids(), host_.snap().lang);
  }
  void backToDuty();

  FlowHost& host_;
  RequestDesk& desk_;
  std::optional<std::int64_t> volunteerId_;
};

}  // namespace yizhan::kiosk
