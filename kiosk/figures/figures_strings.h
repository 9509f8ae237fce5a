#pragma once
// The figures the district asks for, as staff see them in the kiosk's staff menu and on the
// printed summary. Each feature keeps its own words; kiosk/features.cpp hands every catalog to
// the font atlas.
#include "kiosk/base/strings.h"

namespace yizhan::kiosk {

enum class FigStr : int {
  Entry,
  Title,
  Spoken,
  Today,
  ThisWeek,
  ThisMonth,
  LastMonth,
  Range,
  ColAll,
  ColErrands,
  ColAppeals,
  ColErrandsShort,
  ColAppealsShort,
  Collected,
  Resolved,
  ResolutionRate,
  OnTimeRate,
  WorkingDays,
  Satisfaction,
  Reopened,
  ClosedNotDone,
  VolunteerHours,
  PeopleServed,
  AnonymousServed,
  RatesNote,
  Unreadable,
  Print,
  Printing,
  Printed,
  NotPrinted,
  SlipTitle,
  PeriodDay,
  PeriodWeek,
  PeriodMonth,
  SlipCounts,
  SlipRates,
  SlipSatisfaction,
  SlipReopened,
  SlipByGrid,
  SlipByCategory,
  SlipRow,
  SlipPrintedAt,
  Count
};

inline constexpr TextEntry<FigStr> kFigStrEntries[] = {
    {FigStr::Entry, "办件统计", "Request figures"},
    {FigStr::Title, "办件统计 · {0}", "Request figures · {0}"},
    {FigStr::Spoken, "办件统计", "Request figures"},
    {FigStr::Today, "今天", "Today"},
    {FigStr::ThisWeek, "本周", "This week"},
    {FigStr::ThisMonth, "本月", "This month"},
    {FigStr::LastMonth, "上月", "Last month"},
    {FigStr::Range, "{0} 至 {1}", "{0} to {1}"},
    {FigStr::ColAll, "合计", "All"},
    {FigStr::ColErrands, "红色代办", "Errands"},
    {FigStr::ColAppeals, "民意诉求", "Appeals"},
    {FigStr::ColErrandsShort, "代办", "Errands"},
    {FigStr::ColAppealsShort, "诉求", "Appeals"},
    {FigStr::Collected, "受理", "Collected"},
    {FigStr::Resolved, "办结", "Resolved"},
    {FigStr::ResolutionRate, "办结率", "Resolution rate"},
    {FigStr::OnTimeRate, "按期办结率", "On time"},
    {FigStr::WorkingDays, "平均工作日", "Working days (mean)"},
    {FigStr::Satisfaction, "满意率", "Satisfaction"},
    {FigStr::Reopened, "不满意重办", "Reopened"},
    {FigStr::ClosedNotDone, "未办结关闭", "Closed, not done"},
    {FigStr::VolunteerHours, "志愿服务 {0} 小时", "Volunteers {0} hours"},
    {FigStr::PeopleServed, "服务居民 {0} 人", "{0} residents served"},
    {FigStr::AnonymousServed, "不留姓名 {0} 件", "{0} left no name"},
    {FigStr::RatesNote, "— 表示没有可算的事项", "— : nothing to count"},
    {FigStr::Unreadable, "统计暂时读不出，请稍后再试", "The figures cannot be read just now"},
    {FigStr::Print, "打印统计", "Print figures"},
    {FigStr::Printing, "正在打印…", "Printing…"},
    {FigStr::Printed, "已打印，已报送区平台", "Printed, sent to the district"},
    {FigStr::NotPrinted, "没打印出来：{0}", "Not printed: {0}"},
    {FigStr::SlipTitle, "办件统计（红色代办·民意诉求）", "Request and appeal figures"},
    {FigStr::PeriodDay, "{0}年{1}月{2}日", "{0}-{1}-{2}"},
    {FigStr::PeriodWeek, "{0}月{1}日—{2}月{3}日", "{0}-{1} to {2}-{3}"},
    {FigStr::PeriodMonth, "{0}年{1}月", "{0}-{1}"},
    {FigStr::SlipCounts, "受理 {0}  办结 {1}", "collected {0}  resolved {1}"},
    {FigStr::SlipRates, "办结率 {0}  按期 {1}", "resolved {0}  on time {1}"},
    {FigStr::SlipSatisfaction, "满意率 {0}  平均 {1} 工作日", "satisfied {0}  {1} working days"},
    {FigStr::SlipReopened, "重办 {0}  未办结关闭 {1}", "reopened {0}  closed, not done {1}"},
    {FigStr::SlipByGrid, "按网格", "By grid"},
    {FigStr::SlipByCategory, "按类别", "By category"},
    {FigStr::SlipRow, "  受理{0} 办结{1} 满意率{2}", "  collected {0} resolved {1} sat. {2}"},
    {FigStr::SlipPrintedAt, "打印时间 {0}", "Printed {0}"},
};
static_assert(isCompleteCatalog(kFigStrEntries),
              "every FigStr needs one entry, in the enum's order");

inline std::span<const TextEntry<FigStr>> catalogOf(FigStr) {
  return kFigStrEntries;
}

}  // namespace yizhan::kiosk
