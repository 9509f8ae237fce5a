#pragma once
// The errands a resident can ask the station to do for them (红色代办): what each is called,
// its pictogram, the details asked — as choices only, residents never type — how many
// working days it may take, whether a volunteer goes to the resident's home, and the
// volunteer skill it needs (matched against the roster's skills). From the station's TOML
// ([[errand_types]]) now, from the district later; the defaults are the common seven.
#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace yizhan::kiosk {

// The pictograms the kiosk draws for errands (ui/ draws each by this id).
inline constexpr std::array<std::string_view, 7> kErrandPictograms = {
    "utilities", "medicine", "pension", "subsidy", "repair", "shopping", "other"};

struct ErrandQuestion {
  std::string ask;                   // 缴哪一项
  std::vector<std::string> choices;  // 水费, 电费, 燃气费
  bool operator==(const ErrandQuestion&) const = default;
};

struct ErrandType {
  std::string id;  // utilities, … (the store's and the contract's)
  std::string name;
  std::string pictogram;
  std::vector<ErrandQuestion> questions;
  int deadlineWorkingDays = 3;
  bool homeVisit = false;
  std::string skill;  // a volunteer with this among their skills can take it; empty: anyone
  bool operator==(const ErrandType&) const = default;
};

// 代缴水电气费, 代取药品, 养老金资格认证, 高龄补贴申请, 家电维修, 代购生活用品,
// 其他（请工作人员联系我）.
std::vector<ErrandType> defaultErrandTypes();

// The first thing wrong with `types` as a list (ids, names, pictograms, questions, deadlines),
// naming the entry; empty when they are fine.
std::string errandTypesProblem(const std::vector<ErrandType>& types);

}  // namespace yizhan::kiosk
