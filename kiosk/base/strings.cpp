#include "kiosk/base/strings.h"

#include <algorithm>

namespace yizhan::kiosk {

namespace {
// Short, spoken-style, polite: these are read by elderly residents and said aloud.
constexpr TextEntry<Str> kEntries[] = {
    {Str::Back, "返回", "Back"},
    {Str::Confirm, "确认", "OK"},
    {Str::Delete, "删除", "Delete"},
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
    {Str::StoreFull,
     "本机存储空间已满，暂时无法保存：请工作人员联系技术人员清理空间（已保存的数据完好）",
     "The station's disk is full and nothing new can be saved: staff, call the technician "
     "(saved records are safe)"},
    {Str::CardReadFailed, "身份证没有读好，请重新放一下",
     "The card was not read; please place it again"},
    {Str::CardInvalid, "这张证件上的信息不对，本机用不了，请点“呼叫工作人员”",
     "This card's details are not valid and cannot be used here; tap Call staff"},
    {Str::CardUnsupported, "本机认不出这种证件，请点“呼叫工作人员”",
     "This kind of card cannot be read here; tap Call staff"},
    {Str::CardExpired, "这张证件已经过期，本机用不了，请点“呼叫工作人员”",
     "This card has expired and cannot be used here; tap Call staff"},
    {Str::HearAgain, "再听一遍", "Hear again"},
    {Str::PagePrevious, "上一页", "Previous"},
    {Str::PageNext, "下一页", "Next"},
    {Str::PageOf, "第{0}页，共{1}页", "Page {0} of {1}"},
    {Str::CallStaffHint, "有困难请点“呼叫工作人员”", "Need help? Tap Call staff"},
    {Str::StepOf, "第{0}步，共{1}步", "Step {0} of {1}"},
};
static_assert(isCompleteCatalog(kEntries), "every Str needs one entry, in the enum's order");
}  // namespace

std::span<const TextEntry<Str>> catalogOf(Str) {
  return kEntries;
}

std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args) {
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

std::string durationText(std::chrono::seconds left, Lang lang) {
  long total = static_cast<long>(left.count());
  if (total >= 60) {
    return format(Str::DurationMinutesSeconds, lang,
                  {std::to_string(total / 60), std::to_string(total % 60)});
  }
  return format(Str::DurationSeconds, lang, {std::to_string(total)});
}

std::string_view weekdayName(int weekday, Lang lang) {
  return text(static_cast<Str>(static_cast<int>(Str::Sunday) + (weekday % 7)), lang);
}

std::size_t utf8Characters(std::string_view utf8) {
  std::size_t n = 0;
  for (char c : utf8) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

bool isConfigId(std::string_view id) {
  return !id.empty() && id.size() <= 32 && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

std::string utf8Prefix(std::string_view utf8, std::size_t characters) {
  std::size_t n = 0, end = 0;
  for (; end < utf8.size(); ++end) {
    if ((static_cast<unsigned char>(utf8[end]) & 0xC0) != 0x80 && n++ == characters) break;
  }
  return std::string(utf8.substr(0, end));
}

}  // namespace yizhan::kiosk
