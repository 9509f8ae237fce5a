#pragma once
// 民意诉求 for residents (我要反映): the ID card, a phone number the station knows, or 不留姓名
// → what it is about, by pictogram → where (a building, or a public place) → which unit, when
// the station asks → a read-back with two buttons, 提交 and 很急，提交 → accepted, with a printed
// slip. After the card, at most four taps; a public place takes three. Residents never type.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/appeals/appeal_desk.h"
#include "kiosk/appeals/appeal_strings.h"
#include "kiosk/residents/personal_key.h"
#include "kiosk/session/flow.h"

namespace yizhan::kiosk {

namespace screens {
inline constexpr Screen AppealWho{"appeal-who", Audience::Resident};  // card, phone, anonymous
inline constexpr Screen AppealCategory{"appeal-category", Audience::Resident};
inline constexpr Screen AppealPlace{"appeal-place", Audience::Resident};  // building or spot
inline constexpr Screen AppealUnit{"appeal-unit", Audience::Resident};
inline constexpr Screen AppealConfirm{"appeal-confirm", Audience::Resident};
inline constexpr Screen AppealSubmitted{"appeal-submitted", Audience::Resident, true};
}  // namespace screens

namespace tiles {
inline constexpr TileId Appeal{"appeal", 45};
}  // namespace tiles

namespace intent {
struct AppealAnonymously {};
struct ChooseAppealCategory {
  std::string categoryId;
};
struct ChooseAppealPlace {
  std::string place;  // a building, or one of the public places
};
struct ChooseAppealUnit {
  std::string unit;  // 2单元; empty: the whole building, or not sure
};
struct SubmitAppeal {
  bool urgent = false;
};
}  // namespace intent

struct AppealCategoryChoice {
  std::string id, name, pictogram;
  std::string label;  // the name without what it adds in brackets, on its button
};

// Who is raising it, as the screens may show them; anonymous: nobody.
struct AppealAsker {
  bool anonymous = false;
  std::string nameMasked;
  bool hasPhone = false;
  std::string phoneMasked;
};

struct AppealDraft {
  std::string categoryId, categoryName, pictogram;
  std::string building, unit, spot;
  std::string dueLabel;  // 11月27日 星期五, if submitted now
  std::string placeWords() const { return building.empty() ? spot : building + unit; }
};

struct AppealSubmittedView {
  std::string number, categoryName, place, dueLabel;
  bool anonymous = false, urgent = false, hasPhone = false, alreadyOpen = false;
  PrintState print = PrintState::Printing;
  std::string printProblem;
};

struct AppealPart {
  std::optional<AppealAsker> asker;
  std::vector<AppealCategoryChoice> categories;
  // The place screen's choices: the buildings first, then the public places.
  std::vector<std::string> places;
  int buildings = 0;
  std::vector<std::string> units;  // 1单元 … N单元; the screen adds 整栋楼或说不清
  std::optional<AppealDraft> draft;
  std::optional<AppealSubmittedView> submitted;
};

// What happens next, as the submitted screen and the slip say it: the call when done, the echo
// wall when anonymous, or a phone number to leave at the desk.
AppealStr nextWords(const AppealSubmittedView& submitted);

class AppealFlow : public Flow {
 public:
  AppealFlow(FlowHost& host, AppealDesk& desk, const PersonalKey& key, std::string stationPhone);
  std::span<const Screen> shows() const override { return kScreens; }
  bool handle(const Intent& intent) override;
  void forget() override;
  bool back() override;
  void addTiles(std::vector<HomeTile>& tiles) override;
  bool cardRead(const drivers::Identity& card) override;
  bool cardRefused(const CardRefusal& refusal) override;
  std::string prompt(const Screen& screen) const override;

 private:
  static constexpr Screen kScreens[] = {screens::AppealWho,     screens::AppealCategory,
                                        screens::AppealPlace,   screens::AppealUnit,
                                        screens::AppealConfirm, screens::AppealSubmitted};
  void open();
  void identified(AppealAsker asker);
  void showCategories();
  void chooseCategory(const std::string& id);
  void showPlaces();
  void choosePlace(const std::string& place);
  void chooseUnit(const std::string& unit);
  void submit(bool urgent);
  void printSlip(const RequestView& appeal);
  std::string dayWords(const std::string& day) const;

  FlowHost& host_;
  AppealDesk& desk_;
  const PersonalKey& key_;
  std::string stationPhone_;
  // Who is raising it: their record, or the card just read (never in the snapshot: it holds
  // the full number). Neither: anonymous.
  std::optional<std::int64_t> residentId_;
  std::optional<drivers::Identity> card_;
};

}  // namespace yizhan::kiosk
