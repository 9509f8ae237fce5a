#include "kiosk/appeals/appeal_console_module.h"

#include <httplib.h>

#include "kiosk/base/local_time.h"
#include "kiosk/console/console_core.h"
#include "kiosk/console/posted_fields.h"
#include "kiosk/requests/request_console_module.h"
#include "kiosk/requests/requests_page_text.h"

namespace yizhan::kiosk {

namespace {
std::string actorOf(int counter) {
  return "console-" + std::to_string(counter);
}

// What the entry form offers: the categories, the buildings by grid and their units, the
// public places; and, when staff came from a resident's record, who it is for (masked).
nlohmann::json entrySetup(AppealDesk& appeals, const httplib::Request& req) {
  const AppealCatalog& catalog = appeals.catalog();
  nlohmann::json categories = nlohmann::json::array();
  for (const AppealCategory& c : catalog.categories)
    categories.push_back({{"id", c.id}, {"name", c.name}, {"days", c.deadlineWorkingDays}});
  nlohmann::json grids = nlohmann::json::array();
  for (const Grid& g : appeals.requests().residents().grids())
    grids.push_back({{"id", g.id}, {"name", g.name}, {"buildings", g.buildings}});
  nlohmann::json out{{"categories", categories},
                     {"grids", grids},
                     {"units", catalog.unitsPerBuilding},
                     {"places", catalog.publicPlaces}};
  if (req.has_param("resident")) {
    std::string id = req.get_param_value("resident");
    if (!id.empty() && id.size() <= 18 && id.find_first_not_of("0123456789") == std::string::npos) {
      if (auto r = appeals.requests().residents().find(std::stoll(id)))
        out["resident"] = {{"id", r->id}, {"masked", r->masked()}};
    }
  }
  return out;
}

nlohmann::json keptListed(const KeptReply& k) {
  return {{"id", k.id},
          {"appeal", k.appealNumber},
          {"request_id", k.requestId ? nlohmann::json(*k.requestId) : nlohmann::json()},
          {"department", k.department},
          {"kind_words", replyKindWords(k.kind)},
          {"note", k.note},
          {"at", k.at},
          {"arrived", shortLocalTime(k.arrivedAt)},
          {"problem", replyOutcomeText(k.outcome)},
          {"detail", k.detail}};
}
}  // namespace

void AppealConsoleModule::addState(int, nlohmann::json& state) {
  state["appeals"] = {{"kept_replies", replies_.keptCount()}};
}

void AppealConsoleModule::addRoutes(ConsoleCore& core) {
  core.page(R"(/counter/(\d+)/appeals)", kAppealsPageHtml);
  core.read(R"(/api/counter/(\d+)/appeal-setup)",
            [this, &core](int, const httplib::Request& req, httplib::Response& res) {
              std::lock_guard lock(core.storeMutex());
              res.set_content(entrySetup(appeals_, req).dump(), "application/json");
            });

  // An appeal heard at the door or on the phone.
  core.act(R"(/api/counter/(\d+)/appeals)", [this, &core](int, const httplib::Request& req,
                                                          httplib::Response& res) {
    nlohmann::json body = nlohmann::json::parse(req.body, nullptr, false);
    if (!body.is_object()) return refuseJson(res, 400, "提交的内容不正确");
    AppealAsk ask;
    ask.source = "console";
    ask.anonymous = postedFlag(body, "anonymous");
    if (!ask.anonymous) ask.residentId = postedNumber(body, "resident_id");
    ask.categoryId = postedText(body, "category");
    ask.building = postedText(body, "building");
    ask.unit = postedText(body, "unit");
    ask.spot = postedText(body, "place");
    ask.urgent = postedFlag(body, "urgent");
    AppealOutcome outcome;
    {
      std::lock_guard lock(core.storeMutex());
      outcome = appeals_.submit(ask);
    }
    core.signal().notify();
    std::string problem = outcome.problem ? appealProblemText(*outcome.problem) : "";
    if (outcome.alreadyOpen)
      problem = "这位居民已反映过这里的同一件事，还没办结：" + outcome.appeal->number;
    nlohmann::json out{{"ok", problem.empty()}, {"problem", problem}};
    if (outcome.appeal) {
      out["request"] = requestListed(*outcome.appeal, appeals_.requests().residents().grids());
      if (problem.empty()) {
        out["notice"] = "已登记民意诉求 " + outcome.appeal->number + " " +
                        outcome.appeal->errandName + " · " + placeWords(*outcome.appeal) +
                        "，应办结日 " + outcome.appeal->dueDay;
      }
    }
    res.set_content(out.dump(), "application/json");
  });

  // The departments' replies kept for staff: what came, and why it was not applied.
  core.read(R"(/api/counter/(\d+)/appeal-replies)",
            [this, &core](int, const httplib::Request&, httplib::Response& res) {
              nlohmann::json list = nlohmann::json::array();
              std::lock_guard lock(core.storeMutex());
              for (const KeptReply& k : replies_.kept()) list.push_back(keptListed(k));
              res.set_content(nlohmann::json{{"replies", list}}.dump(), "application/json");
            });
  core.act(R"(/api/counter/(\d+)/appeal-reply/(\d+)/handled)",
           [this, &core](int counter, const httplib::Request& req, httplib::Response& res) {
             std::int64_t id = std::atoll(req.matches[2].str().c_str());
             bool done;
             {
               std::lock_guard lock(core.storeMutex());
               done = replies_.handled(id, actorOf(counter));
             }
             core.signal().notify();
             if (!done) return refuseJson(res, 404, "这条部门回复已处理过，或不存在");
             res.set_content(nlohmann::json{{"ok", true}, {"notice", "已处理这条部门回复"}}.dump(),
                             "application/json");
           });
}

}  // namespace yizhan::kiosk
