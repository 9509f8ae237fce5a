#include "kiosk/console/console_text.h"

#include <nlohmann/json.hpp>

#include "kiosk/console/html_escape.h"
#include "kiosk/console/page_text.h"

namespace yizhan::kiosk {

namespace {
struct Entry {
  const char* key;
  const char* zh;
  const char* en;
};

constexpr Entry kEntries[] = {
    {"login_title", "叫号登录", "Counter login"},
    {"login_heading", "窗口叫号", "Counter calling"},
    {"choose_counter", "请选择您的窗口", "Choose your counter"},
    {"pin", "管理员密码", "Staff PIN"},
    {"login", "登录", "Log in"},
    {"page_title", "窗口叫号", "Counter calling"},
    {"logout", "退出", "Log out"},
    {"serving", "正在办理 · 等候", "Now serving · waiting"},
    {"people", "人", ""},
    {"next", "下一位", "Next"},
    {"recall", "重呼", "Recall"},
    {"no_show", "过号", "No-show"},
    {"complete", "办结", "Done"},
    {"hold", "暂挂", "Hold"},
    {"held", "暂挂的号", "Held numbers"},
    {"transfer", "转到其他业务", "Transfer to"},
    {"close", "暂停服务", "Close counter"},
    {"appointments", "预约", "Appointments"},
    {"service", "业务", "Service"},
    {"day", "日期", "Day"},
    {"time", "时间", "Time"},
    {"who", "手机号或身份证号", "Mobile or ID number"},
    {"book", "预约", "Book"},
    {"today", "今天", "Today"},
    {"holder", "预约人", "Booked by"},
    {"status", "状态", "Status"},
    {"counter_title", "{0} 叫号", "{0} calling"},
    {"closed_suffix", "（暂停服务）", " (closed)"},
    {"priority", " · 优先", " · priority"},
    {"booked_at", " · 预约 {0}", " · booked {0}"},
    {"recalled", " · 已重呼{0}次", " · recalled {0}×"},
    {"none_called", "还没有叫号", "Nothing called yet"},
    {"none_held", "没有暂挂的号", "Nothing held"},
    {"resume", "回呼 {0}", "Call back {0}"},
    {"transfer_to", "转 {0}", "To {0}"},
    {"check_in", "签到", "Check in"},
    {"no_bookings", "今天还没有预约", "No bookings today"},
    {"free", "（余{0}）", " ({0} left)"},
    {"full", "（已约满）", " (full)"},
    {"unreachable", "连接不上叫号系统，请检查网络", "Cannot reach the kiosk; check the network"},
    {"reconnecting", "连接中断，正在重连…", "Connection lost, reconnecting…"},
    // Volunteers (kiosk/volunteers/volunteer_console_module.cpp).
    {"vol_review", "志愿者时长待确认", "Volunteer hours to confirm"},
    {"vol_who", "志愿者", "Volunteer"},
    {"vol_when", "日期 时间", "Day, time"},
    {"vol_activity", "活动", "Activity"},
    {"vol_flag", "情况", "Why"},
    {"vol_proposed", "按规则计", "By the rules"},
    {"vol_confirm", "确认", "Confirm"},
    {"vol_correct", "更正", "Correct"},
    {"vol_minutes", "分钟", "minutes"},
    {"vol_choose_reason", "更正原因", "Reason"},
    {"vol_roster", "志愿者名册", "Volunteer roster"},
    {"vol_show_roster", "打开名册", "Open the roster"},
    {"vol_new", "登记新志愿者", "Enrol a volunteer"},
    {"vol_editing", "修改：{0}", "Editing: {0}"},
    {"vol_name", "姓名", "Name"},
    {"vol_phone", "手机号", "Mobile"},
    {"vol_id_number", "身份证号（用于刷身份证签到，可不填）",
     "ID number (to sign in by card; optional)"},
    {"vol_id_kept", "不填则不变", "Blank keeps the one on file"},
    {"vol_team", "队伍", "Team"},
    {"vol_kind", "类别", "Kind"},
    {"kind_in_service_member", "在职党员", "In-service party member"},
    {"kind_retired_member", "退休党员", "Retired party member"},
    {"kind_public", "群众志愿者", "Public volunteer"},
    {"vol_employer", "工作单位（在职党员必填）", "Employer (in-service members)"},
    {"vol_skills", "能办的事（用逗号分开）", "Errands they can take (comma-separated)"},
    {"vol_grids", "服务网格（用逗号分开；不填为全部网格）",
     "Grids they serve (comma-separated; empty for every grid)"},
    {"vol_status", "状态", "Status"},
    {"status_active", "在册", "Active"},
    {"status_inactive", "停用", "Inactive"},
    {"status_removed", "注销", "Removed"},
    {"vol_pin", "签到密码：4位数字，请志愿者本人输入（可不填）",
     "Sign-in PIN: 4 digits, typed by the volunteer (optional)"},
    {"vol_save", "保存", "Save"},
    {"vol_clear", "清空，登记新的", "Clear, enrol another"},
    {"vol_edit", "修改", "Edit"},
    {"vol_has_pin", "有密码", "PIN set"},
    {"vol_no_pin", "未设密码", "No PIN"},
    {"vol_none_listed", "名册里还没有志愿者", "No volunteers yet"},
    {"vol_enrolled", "已登记 {0}", "Enrolled {0}"},
    {"vol_saved", "已保存 {0}", "Saved {0}"},
    {"vol_unchanged", "没有改动", "Nothing changed"},
    {"vol_pin_set", "，签到密码已设好", "; PIN set"},
    {"vol_pin_invalid", "签到密码应为4位数字", "The PIN must be 4 digits"},
    {"vol_kind_missing", "请选择类别", "Choose a kind"},
    {"vol_status_missing", "请选择状态", "Choose a status"},
    {"vol_confirmed", "已确认 {0}：计{1}", "Confirmed {0}: {1}"},
    {"vol_corrected", "已更正 {0}：计{1}", "Corrected {0}: {1}"},
    {"vol_minutes_invalid", "请填写0到1440之间的分钟数", "Enter minutes from 0 to 1440"},
    {"vol_reason_missing", "请选择更正的原因", "Choose the reason for the correction"},
    // On-behalf requests (kiosk/requests/requests_page.html).
    {"req_page_title", "红色代办", "On-behalf requests"},
    {"req_title", "{0} · 红色代办", "{0} · on-behalf requests"},
    {"req_link", "红色代办：未办结{0} · 超期{1}", "Requests: {0} open · {1} overdue"},
    {"req_back", "返回叫号", "Back to calling"},
    {"req_lists", "列表", "Lists"},
    {"req_open", "未办结", "Open"},
    {"req_due_today", "今天到期", "Due today"},
    {"req_overdue", "已超期", "Overdue"},
    {"req_untaken", "无人接单", "Untaken"},
    {"req_by_state", "按状态", "By state"},
    {"req_by_grid", "按网格", "By grid"},
    {"req_by_errand", "按事项", "By errand"},
    {"req_number", "单号", "Number"},
    {"req_errand", "事项", "Errand"},
    {"req_resident", "居民", "Resident"},
    {"req_grid", "网格", "Grid"},
    {"req_state", "状态", "State"},
    {"req_due", "期限", "Due"},
    {"req_none", "没有符合的代办单", "No requests in this list"},
    {"req_more", "下一页", "More"},
    {"req_choose", "点列表中的一行，查看详情和办理", "Choose a request in the list"},
    {"req_priority", "高龄/独居优先", "Priority"},
    {"req_home_visit", "上门", "Home visit"},
    {"req_untaken_flag", "无人接单", "Untaken"},
    {"req_overdue_flag", "已超期", "Overdue"},
    {"req_due_today_flag", "今天到期", "Due today"},
    {"req_paused", "挂起中，期限暂停", "On hold, clock paused"},
    {"req_answers", "居民选择", "Chosen"},
    {"req_accepted_at", "受理时间", "Accepted"},
    {"req_due_day", "办结期限", "Due day"},
    {"req_holder", "办理志愿者", "Volunteer"},
    {"req_rounds", "（第{0}轮）", " (round {0})"},
    {"req_tries", "，已回访{0}次未接通", ", {0} callback tries unanswered"},
    {"req_extended", "（已延期{0}个工作日）", " (extended {0} working days)"},
    {"req_show_contact", "显示居民联系方式", "Show the resident's contact"},
    {"req_contact_audited", "每次查看都会记录", "Every viewing is recorded"},
    {"req_contact_gone", "居民信息已按规定清除", "The resident's details were purged"},
    {"req_contact_name", "姓名", "Name"},
    {"req_contact_phone", "电话", "Phone"},
    {"req_contact_address", "地址", "Address"},
    {"req_steps", "办理", "Steps"},
    {"req_no_actions", "这张代办单已结束，不能再办理", "This request is closed"},
    {"req_volunteer", "选择志愿者", "Choose a volunteer"},
    {"req_no_volunteer", "没有会办这件事的志愿者", "No volunteer can do this"},
    {"req_signed_in", "已签到", "signed in"},
    {"req_not_signed_in", "未签到", "not signed in"},
    {"req_other_grid", "不在服务网格", "outside their grids"},
    {"req_days", "延期天数", "Days"},
    {"req_days_n", "{0}个工作日", "{0} working days"},
    {"req_reason", "原因（必填）", "Reason (required)"},
    {"req_note", "办理结果（必填）", "What was done (required)"},
    {"req_history", "办理记录", "History"},
    {"req_at", "时间", "When"},
    {"req_step", "步骤", "Step"},
    {"req_who", "经办", "Who"},
    {"req_why", "原因/说明", "Why"},
    {"req_moved", "这张代办单刚有新进展：{0}", "This request just moved: {0}"},
    {"req_residents", "居民名册", "Residents"},
    {"req_complete", "补全居民信息", "Complete the resident's record"},
    {"res_page_title", "居民名册", "Residents"},
    {"res_title", "{0} · 居民名册", "{0} · residents"},
    {"res_back", "返回代办单", "Back to requests"},
    {"res_find", "按楼栋、单元找居民", "Find by building and unit"},
    {"res_building", "楼栋", "Building"},
    {"res_pick_building", "选择楼栋", "Choose a building"},
    {"res_unit", "单元", "Unit"},
    {"res_unit_hint", "如 2单元", "e.g. 2单元"},
    {"res_room", "门牌号", "Room"},
    {"res_search", "查找", "Find"},
    {"res_new", "登记新居民", "List a new resident"},
    {"res_name", "姓名", "Name"},
    {"res_id", "身份证号", "ID number"},
    {"res_id_optional", "可不填", "optional"},
    {"res_age", "年龄", "Age"},
    {"res_marks", "标记", "Marks"},
    {"res_contact", "联系方式", "Contact"},
    {"res_phone", "手机号", "Mobile"},
    {"res_alone", "独居", "Lives alone"},
    {"res_elderly", "70岁以上", "70 or over"},
    {"res_no_phone", "缺电话", "No phone"},
    {"res_no_address", "缺住址", "No address"},
    {"res_complete", "齐全", "Complete"},
    {"res_none_in_unit", "这个单元还没有登记的居民", "Nobody listed in this unit"},
    {"res_choose", "找到居民后点他的一行；或登记新居民", "Choose a resident, or list a new one"},
    {"res_editing", "居民：{0}", "Resident: {0}"},
    {"res_editing_new", "登记新居民", "A new resident"},
    {"res_audited", "打开居民信息会记录查看人", "Opening a record is recorded"},
    {"res_save", "保存", "Save"},
    {"res_open", "未办结的代办单", "Open requests"},
    {"res_no_open", "没有未办结的代办单", "No open requests"},
    {"res_file", "代居民登记代办", "File a request for them"},
    {"res_errand", "选择事项", "Choose the errand"},
    {"res_file_go", "登记代办单", "File the request"},
    {"res_save_first", "先保存居民信息，再登记代办", "Save the resident first"},
    {"res_appeal", "为TA登记民意诉求", "Enter an appeal for them"},
    {"req_appeals", "民意诉求", "Appeals"},
    {"req_appeals_waiting", "民意诉求（{0}条回复待处理）", "Appeals ({0} replies to check)"},
    {"req_urgent", "很急", "Urgent"},
    {"req_anonymous", "不留姓名", "Anonymous"},
    {"req_place", "地点", "Place"},
    {"req_forwarded", "转派", "Forwarded to"},
    {"req_department", "选择部门", "Choose the department"},
    {"req_level", "层级", "Level"},
    {"apl_page_title", "民意诉求", "Appeals"},
    {"apl_title", "{0} · 民意诉求", "{0} · appeals"},
    {"apl_to_requests", "代办与诉求列表", "Requests and appeals"},
    {"apl_enter", "登记居民反映的问题", "Enter an appeal"},
    {"apl_who", "反映人", "From"},
    {"apl_anonymous", "不留姓名（不回访）", "Anonymous (no callback)"},
    {"apl_who_hint", "要回访的居民：在居民名册打开TA的记录，点“为TA登记民意诉求”",
     "To call them back, open their record in Residents first"},
    {"apl_category", "类别", "Category"},
    {"apl_pick_category", "请选择诉求类别", "Choose the category"},
    {"apl_building", "楼栋", "Building"},
    {"apl_pick_building", "选择楼栋", "Choose a building"},
    {"apl_unit", "单元", "Unit"},
    {"apl_whole_building", "整栋楼/说不清", "Whole building"},
    {"apl_place", "或公共地点", "Or a public place"},
    {"apl_pick_place", "选择地点", "Choose a place"},
    {"apl_urgent", "很急", "Urgent"},
    {"apl_submit", "登记诉求", "Enter the appeal"},
    {"apl_open_made", "打开 {0}，转派或办理", "Open {0} to forward it"},
    {"apl_replies", "待处理的部门回复", "Department replies to check"},
    {"apl_replies_why",
     "这些回复没能对上诉求（诉求不存在、已关闭，或没有转给这个部门），请核对后处理",
     "Replies that fit no open appeal sent to that department"},
    {"apl_reply_at", "收到时间", "Arrived"},
    {"apl_reply_from", "部门", "Department"},
    {"apl_reply_what", "内容", "Reply"},
    {"apl_reply_problem", "问题", "Problem"},
    {"apl_reply_open", "打开诉求", "Open the appeal"},
    {"apl_reply_handled", "已处理", "Dealt with"},
    {"apl_no_replies", "没有待处理的部门回复", "No replies to check"},
    {"req_figures", "统计", "Figures"},
    {"fig_page_title", "代办与诉求统计", "Figures"},
    {"fig_title", "{0} · 代办与诉求统计", "{0} · figures"},
    {"fig_period", "统计期", "Period"},
    {"fig_day", "日", "Day"},
    {"fig_week", "周（周一至周日）", "Week (Monday to Sunday)"},
    {"fig_month", "月", "Month"},
    {"fig_date", "哪一天所在的统计期（不选为今天）", "A day of the period (today if none)"},
    {"fig_show", "查看", "Show"},
    {"fig_csv", "下载表格（CSV）", "Download (CSV)"},
    {"fig_report", "报送区平台", "Send to the district"},
    {"fig_range", "{0} 至 {1}", "{0} to {1}"},
    {"fig_scope", "范围", "Scope"},
    {"fig_kind", "类型", "Kind"},
    {"fig_collected", "受理", "Collected"},
    {"fig_resolved", "办结", "Resolved"},
    {"fig_resolution", "办结率", "Resolution"},
    {"fig_on_time", "按期办结率", "On time"},
    {"fig_days", "平均用时（工作日）", "Working days"},
    {"fig_satisfaction", "满意率", "Satisfaction"},
    {"fig_reopened", "重办", "Reopened"},
    {"fig_not_done", "未办结关闭", "Closed, not done"},
    {"fig_all", "合计", "All"},
    {"fig_errands", "红色代办", "Errands"},
    {"fig_appeals", "民意诉求", "Appeals"},
    {"fig_totals", "志愿服务 {0} 小时 · 服务居民 {1} 人 · 不留姓名的反映 {2} 件",
     "Volunteers {0} h · residents served {1} · anonymous {2}"},
};

}  // namespace

std::string_view consoleText(std::string_view key, Lang lang) {
  for (const Entry& e : kEntries) {
    if (key == e.key) return lang == Lang::Zh ? e.zh : e.en;
  }
  return {};
}

std::string missingConsoleText(std::string_view html) {
  std::string missing;
  for (size_t at = html.find("{{t:"); at != std::string_view::npos;
       at = html.find("{{t:", at + 1)) {
    size_t end = html.find("}}", at);
    if (end == std::string_view::npos) break;
    std::string_view key = html.substr(at + 4, end - at - 4);
    if (consoleText(key, Lang::Zh).empty()) missing += std::string(key) + " ";
  }
  // The script's T.key uses.
  for (size_t at = html.find("T."); at != std::string_view::npos; at = html.find("T.", at + 1)) {
    size_t end = at + 2;
    while (end < html.size() &&
           (std::isalnum(static_cast<unsigned char>(html[end])) || html[end] == '_')) {
      ++end;
    }
    std::string_view key = html.substr(at + 2, end - at - 2);
    bool word =
        at == 0 || !(std::isalnum(static_cast<unsigned char>(html[at - 1])) || html[at - 1] == '_');
    if (word && !key.empty() && consoleText(key, Lang::Zh).empty())
      missing += std::string(key) + " ";
  }
  return missing;
}

std::string withConsoleText(std::string html, Lang lang) {
  nlohmann::json all = nlohmann::json::object();
  for (const Entry& e : kEntries) {
    std::string word(lang == Lang::Zh ? e.zh : e.en);
    replaceAll(html, std::string("{{t:") + e.key + "}}", htmlEscape(word));
    all[e.key] = word;
  }
  // Inside a <script>: no "</" may end it early.
  std::string json = all.dump();
  replaceAll(json, "</", "<\\/");
  replaceAll(html, "{{texts}}", json);
  replaceAll(html, "{{helpers}}", kPageHelpersJs);
  replaceAll(html, "{{styles}}", kPageStylesCss);
  return html;
}

}  // namespace yizhan::kiosk
