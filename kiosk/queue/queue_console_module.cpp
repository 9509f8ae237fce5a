#include "kiosk/queue/queue_console_module.h"

#include <httplib.h>

#include "kiosk/console/console_core.h"
#include "kiosk/console/page_text.h"
#include "kiosk/queue/counter_desk_view.h"

namespace yizhan::kiosk {

namespace {
std::optional<intent::DeskAction> actionNamed(const std::string& name) {
  using intent::DeskAction;
  if (name == "next") return DeskAction::CallNext;
  if (name == "recall") return DeskAction::Recall;
  if (name == "no-show") return DeskAction::NoShow;
  if (name == "complete") return DeskAction::Complete;
  if (name == "hold") return DeskAction::Hold;
  if (name == "close") return DeskAction::CloseCounter;
  return std::nullopt;
}
}  // namespace

void QueueConsoleModule::addRoutes(ConsoleCore& core) {
  core.page(R"(/counter/(\d+))", kCounterPageHtml);
  core.read(R"(/api/counter/(\d+))",
            [&core](int counter, const httplib::Request&, httplib::Response& res) {
              res.set_content(core.stateJson(counter), "application/json");
            });
  core.act(R"(/api/counter/(\d+)/(action|resume|transfer)/([A-Za-z0-9-]+))",
           [this, &core](int counter, const httplib::Request& req, httplib::Response& res) {
             std::string kind = req.matches[2], argument = req.matches[3];
             std::optional<QueueProblem> problem;
             {
               std::lock_guard lock(core.storeMutex());
               if (kind == "action") {
                 auto action = actionNamed(argument);
                 if (!action) {
                   res.status = 404;
                   return;
                 }
                 problem = performDeskAction(queue_, counter, *action);
               } else if (kind == "resume") {
                 problem = queue_.resume(counter, std::atoll(argument.c_str())).problem;
               } else {
                 problem = queue_.transfer(counter, argument).problem;
               }
             }
             std::string text =
                 problem ? problemText(*problem, Lang::Zh, queue_.catalog().settings) : "";
             res.set_content(core.stateJson(counter, text), "application/json");
           });
}

void QueueConsoleModule::addState(int counter, nlohmann::json& j) {
  CounterDeskView v = deskViewOf(queue_.counterStatus(counter), queue_.catalog());
  j["number"] = v.number;
  j["name"] = v.name;
  j["open"] = v.open;
  j["waiting"] = v.waiting;
  j["current"] = nullptr;
  j["held"] = nlohmann::json::array();
  j["transfer_targets"] = nlohmann::json::array();
  if (v.currentCode) {
    j["current"] = {{"code", *v.currentCode},        {"service", v.currentService},
                    {"priority", v.currentPriority}, {"booked_at", v.currentBookedAt},
                    {"recalls", v.recalls},          {"can_no_show", v.canNoShow}};
  }
  for (const auto& h : v.held) j["held"].push_back({{"id", h.id}, {"code", h.code}});
  for (const auto& t : v.transferTargets) {
    j["transfer_targets"].push_back({{"id", t.id}, {"name", t.name}});
  }
}

void QueueConsoleModule::counterOpened(int counter) {
  queue_.openCounter(counter);
}

}  // namespace yizhan::kiosk
