#include "kiosk/requests/errand_types.h"

#include <algorithm>
#include <set>

#include "kiosk/base/strings.h"

namespace yizhan::kiosk {

namespace {
const ErrandQuestion kWhen{"希望什么时候办", {"上午", "下午", "明天"}};

// A name or choice on a big button: short enough to read at arm's length.
constexpr size_t kLongestName = 14;
constexpr size_t kLongestChoice = 8;
constexpr size_t kMostQuestions = 2;  // with the errand itself and the confirmation: 4 taps
constexpr size_t kMostChoices = 6;
}  // namespace

std::vector<ErrandType> defaultErrandTypes() {
  return {
      {"utilities",
       "代缴水电气费",
       "utilities",
       {{"缴哪一项", {"水费", "电费", "燃气费"}}, kWhen},
       3,
       false,
       "代缴水电气费"},
      {"medicine", "代取药品", "medicine", {kWhen}, 3, true, "代取药品"},
      {"pension-check", "养老金资格认证", "pension", {kWhen}, 3, true, "养老金资格认证"},
      {"age-subsidy", "高龄补贴申请", "subsidy", {kWhen}, 5, false, "高龄补贴申请"},
      {"appliance-repair",
       "家电维修",
       "repair",
       {{"哪一样坏了", {"电视", "冰箱", "洗衣机", "热水器", "其他"}}, kWhen},
       3,
       true,
       "家电维修"},
      {"shopping", "代购生活用品", "shopping", {kWhen}, 2, true, "代购生活用品"},
      {"other", "其他（请工作人员联系我）", "other", {}, 3, false, ""},
  };
}

std::string errandTypesProblem(const std::vector<ErrandType>& types) {
  if (types.empty()) return "at least one errand type is needed";
  std::set<std::string> ids, names;
  for (size_t i = 0; i < types.size(); ++i) {
    const ErrandType& t = types[i];
    std::string where = "errand #" + std::to_string(i + 1) + " (" + t.id + "): ";
    if (!isConfigId(t.id)) return where + "id must be 1-32 of a-z, 0-9, - and _";
    if (!ids.insert(t.id).second) return where + "id used twice";
    if (t.name.empty() || utf8Characters(t.name) > kLongestName)
      return where + "name must be 1-14 characters";
    if (!names.insert(t.name).second) return where + "name used twice";
    if (std::find(kErrandPictograms.begin(), kErrandPictograms.end(), t.pictogram) ==
        kErrandPictograms.end()) {
      return where +
             "pictogram must be one of utilities, medicine, pension, subsidy, repair, "
             "shopping, other";
    }
    if (t.deadlineWorkingDays < 1 || t.deadlineWorkingDays > 30)
      return where + "deadline_working_days must be from 1 to 30";
    if (utf8Characters(t.skill) > 20) return where + "skill must be at most 20 characters";
    if (t.questions.size() > kMostQuestions) return where + "at most 2 questions";
    for (const ErrandQuestion& q : t.questions) {
      if (q.ask.empty() || utf8Characters(q.ask) > 12)
        return where + "a question must be 1-12 characters";
      if (q.choices.size() < 2 || q.choices.size() > kMostChoices)
        return where + "a question needs 2 to 6 choices";
      std::set<std::string> seen;
      for (const std::string& c : q.choices) {
        if (c.empty() || utf8Characters(c) > kLongestChoice)
          return where + "a choice must be 1-8 characters";
        if (!seen.insert(c).second) return where + "a choice listed twice";
      }
    }
  }
  return {};
}

}  // namespace yizhan::kiosk
