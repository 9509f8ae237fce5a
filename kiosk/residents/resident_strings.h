#pragma once
// Residents' own details: the priority register and the mobile number keypad.
// Each feature keeps its own words; kiosk/features.cpp hands every catalog to the
// font atlas.
#include "kiosk/base/strings.h"

namespace yizhan::kiosk {

enum class ResidentStr : int {
  PriorityRegisterButton,
  PriorityRegisterTitle,
  PriorityRegisterHint,
  PriorityRegisterCard,
  PriorityRegisterAge,
  PriorityRegisterAgePriority,
  PriorityRegisterFlagged,
  PriorityRegisterNotFlagged,
  PriorityRegisterSet,
  PriorityRegisterClear,
  PriorityRegisterSaved,
  ApptPhoneLabel,
  ApptPhoneInvalid,
  Count
};

// Short, spoken-style, polite: these are read by elderly residents and said aloud.
inline constexpr TextEntry<ResidentStr> kResidentStrEntries[] = {
    {ResidentStr::PriorityRegisterButton, "优先登记", "Priority register"},
    {ResidentStr::PriorityRegisterTitle, "残疾人优先登记", "Register a disability for priority"},
    {ResidentStr::PriorityRegisterHint, "请居民将身份证放在感应区",
     "Ask the resident to place their ID card on the reader"},
    {ResidentStr::PriorityRegisterCard, "身份证 {0}", "ID card {0}"},
    {ResidentStr::PriorityRegisterAge, "{0}周岁", "Aged {0}"},
    {ResidentStr::PriorityRegisterAgePriority, "{0}周岁，70周岁以上自动优先",
     "Aged {0}: priority from age"},
    {ResidentStr::PriorityRegisterFlagged, "已登记为残疾人优先", "Registered: disability priority"},
    {ResidentStr::PriorityRegisterNotFlagged, "未登记残疾人优先", "No disability registered"},
    {ResidentStr::PriorityRegisterSet, "登记残疾人优先", "Register disability"},
    {ResidentStr::PriorityRegisterClear, "取消登记", "Withdraw"},
    {ResidentStr::PriorityRegisterSaved, "已保存", "Saved"},
    {ResidentStr::ApptPhoneLabel, "手机号", "Mobile number"},
    {ResidentStr::ApptPhoneInvalid, "手机号是1开头的11位数字，请再看一下",
     "A mobile number has 11 digits and starts with 1"},
};
static_assert(isCompleteCatalog(kResidentStrEntries),
              "every ResidentStr needs one entry, in the enum's order");

inline std::span<const TextEntry<ResidentStr>> catalogOf(ResidentStr) {
  return kResidentStrEntries;
}

}  // namespace yizhan::kiosk
