#include "tools/district_sim/status_page.h"

#include "kiosk/console/html_escape.h"

namespace yizhan::district {

namespace {
std::string cell(const std::string& text) {
  return "<td>" + kiosk::htmlEscape(text) + "</td>";
}
}  // namespace

std::string statusPage(DistrictStore& store, const FaultSwitch& faults) {
  std::string page =
      "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
      "<meta http-equiv=\"refresh\" content=\"2\"><title>district-sim</title><style>"
      "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
      "td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;font-size:14px}"
      "</style></head><body><h1>district-sim 区级平台模拟</h1>";
  page += "<p id=\"total\">" + std::to_string(store.eventCount()) + " events stored</p>";
  page +=
      "<h2>Stations</h2><table><tr><th>id</th><th>name</th><th>events</th>"
      "<th>high-water seq</th><th>last heartbeat</th><th>heartbeat</th></tr>";
  for (const auto& s : store.stations()) {
    page += "<tr>" + cell(s.id) + cell(s.name) + cell(std::to_string(s.events)) +
            cell(std::to_string(s.highWaterSeq)) + cell(s.lastHeartbeatAt.value_or("-")) +
            cell(s.lastHeartbeat.value_or("-")) + "</tr>";
  }
  page +=
      "</table><h2>Latest events</h2><table><tr><th>station</th><th>seq</th><th>type</th>"
      "<th>occurred_at</th><th>payload</th></tr>";
  for (const auto& e : store.latestEvents(30)) {
    page += "<tr>" + cell(e.station) + cell(std::to_string(e.seq)) + cell(e.type) +
            cell(e.occurredAt) + cell(e.payload) + "</tr>";
  }
  page += "</table><h2>Faults injected</h2><ul>";
  for (const auto& [fault, count] : faults.counts()) {
    page += "<li>" + std::string(faultName(fault)) + ": " + std::to_string(count) + "</li>";
  }
  page += "</ul></body></html>\n";
  return page;
}

}  // namespace yizhan::district
