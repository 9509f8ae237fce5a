#include "kiosk/console/console_text.h"

#include <nlohmann/json.hpp>

#include "kiosk/console/html_escape.h"

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
  return html;
}

}  // namespace yizhan::kiosk
