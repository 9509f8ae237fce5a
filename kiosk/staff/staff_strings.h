#pragma once
// Staff login, the staff menu and 呼叫工作人员.
// Each feature keeps its own words; kiosk/features.cpp hands every catalog to the
// font atlas.
#include "kiosk/base/strings.h"

namespace yizhan::kiosk {

enum class StaffStr : int {
  TileCallStaff,
  TileCallStaffDetail,
  StaffEntry,
  CallStaffTitle,
  CallStaffBody,
  CallStaffAgain,
  StaffPinTitle,
  StaffPinPrompt,
  PinVerifying,
  PinWrong,
  PinLocked,
  PinNotSet,
  PinNotSetConsole,
  StaffMenuTitle,
  StaffCallsHeading,
  StaffCallsNone,
  StaffCallItem,
  StaffCallHandled,
  StaffCallsMore,
  Logout,
  SystemInfo,
  Count
};

// Short, spoken-style, polite: these are read by elderly residents and said aloud.
inline constexpr TextEntry<StaffStr> kStaffStrEntries[] = {
    {StaffStr::TileCallStaff, "呼叫工作人员", "Call staff"},
    {StaffStr::TileCallStaffDetail, "遇到困难，请工作人员来帮您", "Need help? Staff come to you"},
    {StaffStr::StaffEntry, "工作人员", "Staff"},
    {StaffStr::CallStaffTitle, "已呼叫工作人员", "Staff have been called"},
    {StaffStr::CallStaffBody, "工作人员马上就到，请在这里稍候。",
     "Staff are on their way. Please wait here."},
    {StaffStr::CallStaffAgain, "已经呼叫过了，工作人员马上就到。",
     "Staff were already called and are on their way."},
    {StaffStr::StaffPinTitle, "工作人员登录", "Staff login"},
    {StaffStr::StaffPinPrompt, "请输入管理员密码", "Enter the staff PIN"},
    {StaffStr::PinVerifying, "正在验证，请稍候…", "Checking…"},
    {StaffStr::PinWrong, "密码不对，还可以再试{0}次", "Wrong PIN, {0} tries left"},
    {StaffStr::PinLocked, "错误次数太多，请{0}后再试", "Too many wrong PINs, try again in {0}"},
    // On the kiosk a resident may be reading: no commands, only whom to ask.
    {StaffStr::PinNotSet, "本机还没有设置管理员密码，请联系站点管理员",
     "No staff PIN is set on this kiosk; ask the station's administrator"},
    // On the counter console only staff read it: how to set one.
    {StaffStr::PinNotSetConsole, "还没有设置管理员密码，请在设备上运行 yizhan admin set-pin",
     "No staff PIN yet: run yizhan admin set-pin on this device"},
    {StaffStr::StaffMenuTitle, "工作人员菜单", "Staff menu"},
    {StaffStr::StaffCallsHeading, "居民呼叫", "Calls from residents"},
    {StaffStr::StaffCallsNone, "目前没有居民呼叫", "No open calls"},
    {StaffStr::StaffCallItem, "{0} 有居民在自助机呼叫工作人员",
     "{0} a resident called staff at the kiosk"},
    {StaffStr::StaffCallHandled, "已处理", "Handled"},
    {StaffStr::StaffCallsMore, "另有{0}条呼叫，处理完上面的就会显示",
     "{0} more calls appear as these are handled"},
    {StaffStr::Logout, "退出", "Log out"},
    {StaffStr::SystemInfo, "站点编号 {0}　软件版本 {1}　数据版本 {2}",
     "Station {0}   software {1}   schema {2}"},
};
static_assert(isCompleteCatalog(kStaffStrEntries),
              "every StaffStr needs one entry, in the enum's order");

inline std::span<const TextEntry<StaffStr>> catalogOf(StaffStr) {
  return kStaffStrEntries;
}

}  // namespace yizhan::kiosk
