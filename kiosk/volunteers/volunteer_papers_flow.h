#pragma once
// Staff print a volunteer's papers at the kiosk (志愿者证卡·证明): the volunteer taps their ID
// card or staff type their phone, then one tap prints the sign-in QR card (a first one, or one
// for a card that was lost) or the proof of service for this month, last month or this year.
// Enrolling and editing volunteers is done on the counter console, where a keyboard can type
// a name; the staff menu offers this only once someone is on the roster.
#include <optional>
#include <string>

#include "kiosk/residents/personal_key.h"
#include "kiosk/session/flow.h"
#include "kiosk/volunteers/volunteer_services.h"

namespace yizhan::kiosk {

namespace screens {
inline constexpr Screen VolunteerFind{"volunteer-find", Audience::Staff};
inline constexpr Screen VolunteerPapers{"volunteer-papers", Audience::Staff};
}  // namespace screens

enum class VolunteerPaper { Card, ProofThisMonth, ProofLastMonth, ProofThisYear };

namespace intent {
struct OpenVolunteerPapers {};
struct PrintVolunteerPaper {
  VolunteerPaper paper;
};
}  // namespace intent

struct VolunteerPapersPart {
  std::optional<VolunteerView> volunteer;  // masked: the hall sees the screen too
  std::optional<PrintState> print;
  std::string printProblem;
};

// The days a proof covers, from `today` (YYYY-MM-DD): first and last.
std::pair<std::string, std::string> proofDays(VolunteerPaper paper, const std::string& today);

class VolunteerPapersFlow : public Flow {
 public:
  VolunteerPapersFlow(FlowHost& host, VolunteerServices& volunteers, const PersonalKey& key)
      : host_(host), volunteers_(volunteers), key_(key) {}
  std::span<const Screen> shows() const override { return kScreens; }
  bool handle(const Intent& intent) override;
  void forget() override;
  bool back() override;
  std::string prompt(const Screen& screen) const override;
  void addStaffEntries(std::vector<StaffEntry>& entries) override;
  bool cardRead(const drivers::Identity& card) override;
  bool cardRefused(const CardRefusal& refusal) override;

 private:
  static constexpr Screen kScreens[] = {screens::VolunteerFind, screens::VolunteerPapers};
  void found(const std::optional<VolunteerView>& volunteer);
  void print(VolunteerPaper paper);

  FlowHost& host_;
  VolunteerServices& volunteers_;
  const PersonalKey& key_;
};

}  // namespace yizhan::kiosk
