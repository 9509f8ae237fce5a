#pragma once
// 红色代办 for residents: the ID card (or a phone number the station knows) → the errand, from
// big pictures → its one or two questions, as choices → a screen that reads the request back →
// submitted, with a printed slip. After the card, at most four taps. The same flow answers the
// status lookup (进度查询): a resident's open requests from their card, or one request from
// its slip's QR code, in plain words, with what happens next.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/requests/request_desk.h"
#include "kiosk/residents/personal_key.h"
#include "kiosk/session/flow.h"

namespace yizhan::kiosk {

namespace screens {
inline constexpr Screen ErrandWho{"errand-who", Audience::Resident};            // card or phone
inline constexpr Screen ErrandChoose{"errand-choose", Audience::Resident};      // which errand
inline constexpr Screen ErrandQuestion{"errand-question", Audience::Resident};  // its choices
inline constexpr Screen ErrandConfirm{"errand-confirm", Audience::Resident};    // read back
inline constexpr Screen ErrandSubmitted{"errand-submitted", Audience::Resident, true};
inline constexpr Screen ErrandStatus{"errand-status", Audience::Resident, true};  // 进度查询
}  // namespace screens

namespace tiles {
inline constexpr TileId Errand{"errand", 40};
}  // namespace tiles

namespace intent {
struct ChooseErrand {
  std::string errandId;
};
struct AnswerErrand {
  std::string choice;
};
struct SubmitErrand {};
struct ShowErrandStatus {};
}  // namespace intent

// An errand on the choosing screen.
struct ErrandChoice {
  std::string id, name, pictogram;
  // On its button: the name without what it adds in brackets (其他（请工作人员联系我）→ 其他),
  // so seven fit one screen in large type; the prompt and the confirmation say it whole.
  std::string label;
  std::string detail;  // 3个工作日内办好 · 上门服务, for the prompt
};

// Who is asking, as the screens may show them.
struct ErrandAsker {
  std::string nameMasked;
  bool priority = false;
  bool hasPhone = false;
  std::string phoneMasked;
  int openRequests = 0;
};

// The request so far.
struct ErrandDraft {
  std::string errandId, errandName, pictogram;
  std::vector<std::string> asks;     // each question's words
  std::vector<std::string> answers;  // one per question answered so far
  std::vector<std::string> choices;  // the question showing now
  std::string dueLabel;              // 11月27日 星期五, if submitted now
};

struct ErrandSubmittedView {
  std::string number, errandName, dueLabel;
  std::string callByLabel;  // empty: no phone to call (leave one at the desk)
  std::string residentMasked;
  bool alreadyOpen = false;
  PrintState print = PrintState::Printing;
  std::string printProblem;
};

struct ErrandStatusLine {
  std::string number, errandName, stateWords, nextStep, dueLabel;
  // An appeal: the department's latest word on it (城管：楼道杂物已清理); empty until it speaks.
  std::string reply = {};
  bool appeal = false;  // numbered 诉求编号, not 代办单号
};

struct ErrandPart {
  std::vector<ErrandChoice> errands;
  std::optional<ErrandAsker> asker;
  std::optional<ErrandDraft> draft;
  std::optional<ErrandSubmittedView> submitted;
  std::vector<ErrandStatusLine> status;
};

// An errand's name without what it adds in brackets (其他（请工作人员联系我）→ 其他): on a
// button or in a title, where the whole does not fit large.
std::string shortErrandName(const std::string& name);

class ErrandFlow : public Flow {
 public:
  ErrandFlow(FlowHost& host, RequestDesk& desk, const PersonalKey& key, std::string stationPhone);
  std::span<const Screen> shows() const override { return kScreens; }
  bool handle(const Intent& intent) override;
  void forget() override;
  bool back() override;
  void addTiles(std::vector<HomeTile>& tiles) override;
  bool cardRead(const drivers::Identity& card) override;
  bool cardRefused(const CardRefusal& refusal) override;
  bool scanned(const std::string& code) override;
  void declareCodes(CodeRoutes& routes) override;
  std::string prompt(const Screen& screen) const override;
  // Once an hour: closed requests let go of their residents' details when their time is up.
  void tick(TimePoint now) override;

 private:
  static constexpr Screen kScreens[] = {screens::ErrandWho,       screens::ErrandChoose,
                                        screens::ErrandQuestion,  screens::ErrandConfirm,
                                        screens::ErrandSubmitted, screens::ErrandStatus};
  void open();
  void identified(const ResidentView& resident);
  void showChoices();
  void choose(const std::string& errandId);
  void answer(const std::string& choice);
  void askNextOrConfirm();
  void submit();
  void printSlip(const RequestView& request);
  void showStatus(const std::vector<RequestView>& requests);
  std::string departmentWord(const RequestView& appeal);
  void statusFromSlip(const std::string& code);
  std::string dayWords(const std::string& day) const;

  FlowHost& host_;
  RequestDesk& desk_;
  const PersonalKey& key_;
  std::string stationPhone_;
  // Who is asking: their record, or the card just read (never in the snapshot: it holds the
  // full number).
  std::optional<std::int64_t> residentId_;
  std::optional<drivers::Identity> card_;
  std::chrono::hours purgedHour_{-1};
};

}  // namespace yizhan::kiosk
