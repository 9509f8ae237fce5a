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
    {Str::TileTakeNumber, "取号排队", "Take a number"},
    {Str::TakeNumberTitle, "请选择要办理的业务", "Choose a service"},
    {Str::TakeNumberCardHint, "70周岁以上老人请先将身份证放在感应区，可优先办理",
     "Aged 70 or over? Place your ID card on the reader first for priority"},
    {Str::CardReadPriority, "已读取身份证：您可以优先办理",
     "ID card read: you will be served with priority"},
    {Str::CardReadNormal, "已读取身份证", "ID card read"},
    {Str::CardReadFailed, "身份证没有读好，请重新放一下",
     "The card was not read; please place it again"},
    {Str::ServiceWaiting, "{0}人等候 · 约{1}分钟", "{0} waiting · about {1} min"},
    {Str::ServiceWaitingNoCounter, "{0}人等候 · 窗口暂未开放",
     "{0} waiting · counter not open yet"},
    {Str::ServiceClosedHours, "现在不办理 · 办理时间 {0}", "Not now · hours {0}"},
    {Str::ServiceCapReached, "今天的号已取完，请明天再来",
     "Today's numbers are all taken; please come tomorrow"},
    {Str::ServiceClosedNow, "这项业务现在不办理", "This service is not open now"},
    {Str::TicketTakenTitle, "取号成功", "Here is your number"},
    {Str::TicketYourNumber, "您的号码", "Your number"},
    {Str::TicketAhead, "您前面还有{0}人，预计等待约{1}分钟", "{0} ahead of you, about {1} min"},
    {Str::TicketAheadNoCounter, "您前面还有{0}人，窗口开放后按顺序叫号",
     "{0} ahead of you; called in order once a counter opens"},
    {Str::TicketPriorityMark, "优先", "Priority"},
    {Str::TicketPrinting, "正在打印小票…", "Printing your ticket…"},
    {Str::TicketTakeSlip, "请取走您的小票，留意叫号",
     "Please take your ticket and listen for your number"},
    {Str::TicketNotPrinted, "{0}，请记住您的号码，并联系工作人员",
     "{0}: please remember your number and ask staff"},
    {Str::TicketDone, "好的", "Done"},
    {Str::TicketSpoken, "您的号码是{0}，前面还有{1}人，请取走您的小票",
     "Your number is {0}, {1} ahead of you. Please take your ticket"},
    {Str::TicketSpokenNoSlip, "您的号码是{0}，前面还有{1}人，请记住您的号码",
     "Your number is {0}, {1} ahead of you. Please remember your number"},
    {Str::PrinterDownNotice, "{0}，请联系工作人员。仍可取号，请记住屏幕上的号码",
     "{0}: please ask staff. You can still take a number; remember it from the screen"},
    {Str::SlipFooter, "请留意屏幕和广播叫号，过号请到窗口说明",
     "Watch the screen and listen for your number; if you miss it, ask at the counter"},
    {Str::SlipAhead, "前面还有{0}人 · 预计等待约{1}分钟", "{0} ahead · about {1} min"},
    {Str::SlipAheadNoCounter, "前面还有{0}人", "{0} ahead"},
    {Str::CountersHeading, "叫号", "Calling"},
    {Str::CounterDeskTitle, "{0} 叫号", "{0}: calling"},
    {Str::DeskCurrent, "正在办理", "Now serving"},
    {Str::DeskNobody, "还没有叫号", "Nobody called yet"},
    {Str::DeskWaiting, "等候 {0} 人", "{0} waiting"},
    {Str::DeskRecalls, "已重呼{0}次", "Recalled {0} times"},
    {Str::DeskCallNext, "下一位", "Next"},
    {Str::DeskRecall, "重呼", "Recall"},
    {Str::DeskNoShow, "过号", "No-show"},
    {Str::DeskComplete, "办结", "Done"},
    {Str::DeskHold, "暂挂", "Hold"},
    {Str::DeskResume, "回呼 {0}", "Return {0}"},
    {Str::DeskTransferTo, "转 {0}", "To {0}"},
    {Str::DeskHeld, "暂挂的号", "On hold"},
    {Str::DeskClose, "暂停服务", "Close counter"},
    {Str::ProblemCounterClosed, "本窗口未开放", "This counter is closed"},
    {Str::ProblemNothingWaiting, "没有等候的号", "Nobody is waiting"},
    {Str::ProblemNoCurrent, "现在没有正在办理的号", "Nobody is being served"},
    {Str::ProblemTooFewRecalls, "请先重呼{0}次，再标记过号",
     "Recall {0} times before marking a no-show"},
    {Str::ProblemNotHeld, "这个号已经不在暂挂中", "That number is no longer on hold"},
    {Str::ProblemSameService, "已经在这项业务中", "It is already in that service"},
    {Str::ResidentPrinterDown, "打印机暂时不能用", "The printer is not working"},
    {Str::ResidentReaderDown, "身份证读卡器暂时不能用，70周岁以上老人请联系工作人员优先办理",
     "The ID card reader is not working; if you are 70 or over, ask staff for priority"},
    {Str::FailedPrintItem, "小票 {0} 没有打印出来", "Ticket {0} did not print"},
    {Str::Reprint, "补打", "Reprint"},
    {Str::DeskNoneHeld, "没有暂挂的号", "Nothing on hold"},
    {Str::DeskTransferHeading, "转到其他业务", "Send to another service"},
    {Str::CallPhrase, "请 {0} 号 到 {1}号窗口 办理", "Number {0}, please go to counter {1}"},
    {Str::DisplayNowCalling, "请到窗口办理", "Now serving"},
    {Str::DisplayRecent, "最近叫号", "Recent calls"},
    {Str::DisplayWaiting, "等候人数", "Waiting"},
    {Str::DisplayWaitingCount, "{0}人", "{0}"},
    {Str::DisplayCounterIdle, "暂无叫号", "—"},
    {Str::DisplayCounterClosed, "暂停服务", "Closed"},
    {Str::DisplayNoStore, "叫号系统还没有启动，请稍候", "The queue is not running yet"},
    {Str::StatsButton, "今日统计", "Today's figures"},
    {Str::StatsTitle, "{0} 排队统计", "Queue figures {0}"},
    {Str::StatsTotal, "合计", "All"},
    {Str::StatsByService, "按业务", "By service"},
    {Str::StatsByCounter, "按窗口", "By counter"},
    {Str::StatsColTickets, "取号", "Taken"},
    {Str::StatsColServed, "办结", "Served"},
    {Str::StatsColNoShow, "过号", "No-show"},
    {Str::StatsColWait, "等候(分)", "Wait (min)"},
    {Str::StatsColService, "办理(分)", "Service (min)"},
    {Str::StatsTimesNote, "时间为中位数 / 90%的人不超过", "Times: median / 90th percentile"},
    {Str::StatsPrint, "打印统计", "Print figures"},
    {Str::StatsPrinted, "统计已打印，并已记入上报队列",
     "Figures printed and queued for the district"},
    {Str::StatsSlipCounts, "取号{0} 办结{1} 过号{2}", "taken {0} served {1} no-show {2}"},
    {Str::StatsSlipTimes, "等候{0}分 办理{1}分", "wait {0} min, service {1} min"},
    {Str::StatsSlipPrintedAt, "打印时间 {0}", "Printed {0}"},
    {Str::PriorityRegisterButton, "优先登记", "Priority register"},
    {Str::PriorityRegisterTitle, "残疾人优先登记", "Register a disability for priority"},
    {Str::PriorityRegisterHint, "请居民将身份证放在感应区",
     "Ask the resident to place their ID card on the reader"},
    {Str::PriorityRegisterCard, "身份证 {0}", "ID card {0}"},
    {Str::PriorityRegisterAge, "{0}周岁", "Aged {0}"},
    {Str::PriorityRegisterAgePriority, "{0}周岁，70周岁以上自动优先",
     "Aged {0}: priority from age"},
    {Str::PriorityRegisterFlagged, "已登记为残疾人优先", "Registered: disability priority"},
    {Str::PriorityRegisterNotFlagged, "未登记残疾人优先", "No disability registered"},
    {Str::PriorityRegisterSet, "登记残疾人优先", "Register disability"},
    {Str::PriorityRegisterClear, "取消登记", "Withdraw"},
    {Str::PriorityRegisterSaved, "已保存", "Saved"},
    {Str::TileAppointment, "预约办事", "Book a time"},
    {Str::TileCheckIn, "预约签到", "Check in"},
    {Str::ApptServiceTitle, "预约办事：请选择事项", "Book: choose a service"},
    {Str::ApptServiceFree, "近几天还有{0}个名额", "{0} places in the coming days"},
    {Str::ApptServiceFull, "近几天都已约满", "Fully booked for the coming days"},
    {Str::ApptNoServices, "现在没有可以预约的事项", "No service takes bookings now"},
    {Str::ApptSlotTitle, "{0}：请选择日期和时间", "{0}: choose a day and time"},
    {Str::ApptDateLabel, "{0}月{1}日", "{0}/{1}"},
    {Str::ApptToday, "今天", "Today"},
    {Str::ApptSlotFree, "还剩{0}个", "{0} left"},
    {Str::ApptSlotFull, "已约满", "Full"},
    {Str::ApptDayNoSlots, "这一天已经没有可预约的时间，请选别的日期",
     "No time left that day; choose another day"},
    {Str::ApptIdentifyTitle, "请确认您的身份", "Who is booking?"},
    {Str::ApptIdentifyHint, "请把身份证放在读卡区，或在右边输入手机号",
     "Place your ID card on the reader, or type your mobile number"},
    {Str::ApptChosen, "您选的是：{0} · {1} {2}", "Your choice: {0} · {1} {2}"},
    {Str::ApptPhoneLabel, "手机号", "Mobile number"},
    {Str::ApptPhoneInvalid, "手机号是1开头的11位数字，请再看一下",
     "A mobile number has 11 digits and starts with 1"},
    {Str::ApptBookedTitle, "预约成功", "Booked"},
    {Str::ApptHolder, "预约人：{0}", "Booked by: {0}"},
    {Str::ApptCheckInWindow, "请在当天 {0} 到 {1} 之间来签到",
     "Check in on the day between {0} and {1}"},
    {Str::ApptCheckInHow, "签到时在自助机点“预约签到”，刷身份证、扫预约单或输入手机号",
     "To check in, tap 预约签到 and use your ID card, this slip or your mobile number"},
    {Str::ApptSlipPrinting, "正在打印预约单…", "Printing your booking slip…"},
    {Str::ApptSlipTake, "请取走您的预约单", "Please take your booking slip"},
    {Str::ApptSlipNotPrinted, "{0}，请记住您的预约时间", "{0}: please remember your booking time"},
    {Str::ApptBookedSpoken, "预约成功。{0}，{1}。请按时来签到",
     "Booked: {0}, {1}. Please come and check in on time"},
    {Str::ApptProblemFull, "这个时间刚刚约满了，请另选时间",
     "That time has just filled up; choose another"},
    {Str::ApptProblemPassed, "这个时间已经过了，请另选时间",
     "That time has passed; choose another"},
    {Str::ApptProblemAlready, "您这一天已经预约过这项业务了",
     "You already have a booking for this service that day"},
    {Str::ApptProblemDay, "这一天不能预约，请另选日期",
     "That day cannot be booked; choose another"},
    {Str::ApptProblemService, "这项业务现在不能预约", "This service cannot be booked now"},
    {Str::CheckInTitle, "预约签到", "Check in"},
    {Str::CheckInHint, "请用下面任一种方式签到：", "Check in in any of these ways:"},
    {Str::CheckInWayCard, "① 把身份证放在读卡区", "1. Place your ID card on the reader"},
    {Str::CheckInWayScan, "② 把预约单的二维码对准扫码口",
     "2. Hold your booking slip's QR code to the scanner"},
    {Str::CheckInWayPhone, "③ 在右边输入预约时留的手机号",
     "3. Type the mobile number you booked with"},
    {Str::CheckInSpoken, "预约签到。请刷身份证，或扫描预约单，或输入手机号",
     "Check in with your ID card, your booking slip or your mobile number"},
    {Str::CheckInNotFound, "没有找到您今天的预约。如要办事，请点“取号排队”",
     "No booking found for today. To be served, take a number"},
    {Str::CheckInTooEarly, "您预约的是{0}，请{1}以后再来签到",
     "Your booking is at {0}; check in after {1}"},
    {Str::CheckInOtherDay, "您预约的是{0}，不是今天，请那天再来",
     "Your booking is for {0}, not today; please come that day"},
    {Str::CheckInTooLate, "您预约的{0}已经过了签到时间，请取号排队或找工作人员",
     "Check-in for your {0} booking has closed; take a number or ask staff"},
    {Str::CheckInAlready, "您已经签到过了，您的号码是{0}",
     "You have checked in already; your number is {0}"},
    {Str::TicketBookedMark, "预约 {0}", "Booked {0}"},
    {Str::SlipApptTitle, "预约单", "Booking slip"},
    {Str::SlipApptCode, "预约号 {0}", "Booking {0}"},
    {Str::SlipApptFooter, "凭本单、身份证或手机号到自助机签到",
     "Check in at the kiosk with this slip, your ID card or your mobile"},
    {Str::ProblemSlipScan, "这张单子没有找到，请找工作人员",
     "That slip was not found; please ask staff"},
    {Str::ApptStatusBooked, "已预约", "Booked"},
    {Str::ApptStatusCheckedIn, "已签到 {0}", "Checked in {0}"},
    {Str::ApptStatusMissed, "未到", "Missed"},
    {Str::ApptStatusCancelled, "已取消", "Cancelled"},
    {Str::ApptConsoleBooked, "已预约 {0} {1}，预约号 {2}", "Booked {0} {1}, booking {2}"},
    {Str::ApptConsoleCheckedIn, "已签到，号码 {0}", "Checked in: number {0}"},
    {Str::ApptHolderInvalid, "请输入11位手机号或18位身份证号",
     "Enter an 11-digit mobile or an 18-character ID number"},
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
