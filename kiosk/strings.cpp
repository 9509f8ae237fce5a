#include "kiosk/strings.h"

#include <array>

namespace yizhan::kiosk {

namespace {
struct Entry {
  Str id;
  const char* zh;
  const char* en;
};

// Short, spoken-style, polite: these are read by elderly residents and said aloud.
constexpr Entry kEntries[] = {
    {Str::HomeHint, "请点击您要办理的事项", "Tap what you need"},
    {Str::TileCallStaff, "呼叫工作人员", "Call staff"},
    {Str::StaffEntry, "工作人员", "Staff"},
    {Str::Back, "返回", "Back"},
    {Str::Confirm, "确认", "OK"},
    {Str::Delete, "删除", "Delete"},
    {Str::CallStaffTitle, "已呼叫工作人员", "Staff have been called"},
    {Str::CallStaffBody, "工作人员马上就到，请在这里稍候。",
     "Staff are on their way. Please wait here."},
    {Str::CallStaffAgain, "已经呼叫过了，工作人员马上就到。",
     "Staff were already called and are on their way."},
    {Str::StaffPinTitle, "工作人员登录", "Staff login"},
    {Str::StaffPinPrompt, "请输入管理员密码", "Enter the staff PIN"},
    {Str::PinVerifying, "正在验证，请稍候…", "Checking…"},
    {Str::PinWrong, "密码不对，还可以再试{0}次", "Wrong PIN, {0} tries left"},
    {Str::PinLocked, "错误次数太多，请{0}后再试", "Too many wrong PINs, try again in {0}"},
    {Str::PinNotSet, "还没有设置管理员密码，请在设备上运行 yizhan admin set-pin",
     "No staff PIN yet: run yizhan admin set-pin on this device"},
    {Str::StaffMenuTitle, "工作人员菜单", "Staff menu"},
    {Str::StaffCallsHeading, "居民呼叫", "Calls from residents"},
    {Str::DevicesHeading, "设备状态", "Devices"},
    {Str::DevicesChecking, "正在检查设备…", "Checking devices…"},
    {Str::DeviceOk, "正常", "OK"},
    {Str::DeviceWarning, "注意", "Warning"},
    {Str::DeviceFault, "故障", "Fault"},
    {Str::StaffCallsNone, "目前没有居民呼叫", "No open calls"},
    {Str::StaffCallItem, "{0} 有居民在自助机呼叫工作人员",
     "{0} a resident called staff at the kiosk"},
    {Str::StaffCallHandled, "已处理", "Handled"},
    {Str::StaffCallsMore, "另有{0}条呼叫，处理完上面的就会显示",
     "{0} more calls appear as these are handled"},
    {Str::Logout, "退出", "Log out"},
    {Str::SystemInfo, "站点编号 {0}　软件版本 {1}　数据版本 {2}",
     "Station {0}   software {1}   schema {2}"},
    {Str::DateLine, "{0}年{1}月{2}日 {3}", "{0}-{1}-{2} {3}"},
    {Str::Sunday, "星期日", "Sunday"},
    {Str::Monday, "星期一", "Monday"},
    {Str::Tuesday, "星期二", "Tuesday"},
    {Str::Wednesday, "星期三", "Wednesday"},
    {Str::Thursday, "星期四", "Thursday"},
    {Str::Friday, "星期五", "Friday"},
    {Str::Saturday, "星期六", "Saturday"},
    {Str::FixedDayPeoples, "今天是民情日，欢迎反映您的意见和困难",
     "Today is people's-sentiment day: tell us your concerns"},
    {Str::FixedDayReception, "今天是群众接待日，欢迎来访", "Today is reception day: welcome"},
    {Str::FixedDaysNote, "每月5日、25日是民情日，15日是群众接待日",
     "The 5th and 25th are people's-sentiment days, the 15th is reception day"},
    {Str::DurationMinutesSeconds, "{0}分{1}秒", "{0} min {1} s"},
    {Str::DurationSeconds, "{0}秒", "{0} s"},
    {Str::StoreWriteFailed, "保存失败，请联系工作人员", "Could not save: please ask staff"},
};

static_assert(std::size(kEntries) == static_cast<size_t>(Str::Count),
              "every Str needs exactly one catalog entry");

constexpr bool entriesInOrder() {
  for (size_t i = 0; i < std::size(kEntries); ++i) {
    if (static_cast<size_t>(kEntries[i].id) != i) return false;
  }
  return true;
}
static_assert(entriesInOrder(), "catalog entries must follow the order of enum Str");
}  // namespace

std::string_view text(Str id, Lang lang) {
  const Entry& e = kEntries[static_cast<size_t>(id)];
  return lang == Lang::Zh ? e.zh : e.en;
}

std::string format(Str id, Lang lang, std::initializer_list<std::string_view> args) {
  std::string_view pattern = text(id, lang);
  std::string out;
  out.reserve(pattern.size() + 16);
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' &&
        pattern[i + 1] >= '0' && pattern[i + 1] <= '9') {
      size_t index = static_cast<size_t>(pattern[i + 1] - '0');
      if (index < args.size()) out += *(args.begin() + index);
      i += 2;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

std::string_view weekdayName(int weekday, Lang lang) {
  return text(static_cast<Str>(static_cast<int>(Str::Sunday) + (weekday % 7)), lang);
}

void forEachText(Lang lang, const std::function<void(std::string_view)>& visit) {
  for (const Entry& e : kEntries) visit(lang == Lang::Zh ? e.zh : e.en);
}

}  // namespace yizhan::kiosk
