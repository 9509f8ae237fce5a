#include "kiosk/requests/request_console_module.h"

#include <httplib.h>

#include <map>

#include "kiosk/base/local_time.h"
#include "kiosk/console/console_core.h"
#include "kiosk/console/posted_fields.h"
#include "kiosk/requests/escalation_level.h"
#include "kiosk/requests/requests_page_text.h"
#include "kiosk/volunteers/volunteer_roster.h"

namespace yizhan::kiosk {

namespace {
const char* dueId(DueState due) {
  switch (due) {
    case DueState::OnTime:
      return "on_time";
    case DueState::DueToday:
      return "due_today";
    case DueState::Overdue:
      return "overdue";
    case DueState::Paused:
      return "paused";
  }
  return "on_time";
}

// The steps staff take from the console (a volunteer takes a request at the kiosk).
std::optional<RequestAction> staffAction(const std::string& id) {
  auto action = actionFromId(id);
  if (action == RequestAction::Take) return std::nullopt;
  return action;
}

std::optional<RequestListAsk> listAsk(const httplib::Request& req) {
  std::string list = req.has_param("list") ? req.get_param_value("list") : "open";
  RequestListAsk ask;
  if (list == "open") {
    ask.list = RequestList::Open;
  } else if (list == "state") {
    ask.list = RequestList::ByState;
    ask.state = stateFromId(req.get_param_value("state"));
    if (!ask.state) return std::nullopt;
  } else if (list == "grid") {
    ask.list = RequestList::OpenInGrid;
    ask.grid = req.get_param_value("grid");
  } else if (list == "errand") {
    ask.list = RequestList::OpenOfErrand;
    ask.errand = req.get_param_value("errand");
  } else if (list == "due_today") {
    ask.list = RequestList::DueToday;
  } else if (list == "overdue") {
    ask.list = RequestList::Overdue;
  } else if (list == "untaken") {
    ask.list = RequestList::Untaken;
  } else {
    return std::nullopt;
  }
  if (req.has_param("after")) {
    std::string after = req.get_param_value("after");
    if (after.empty() || after.size() > 18 ||
        after.find_first_not_of("0123456789") != std::string::npos)
      return std::nullopt;
    ask.afterId = std::stoll(after);
  }
  return ask;
}

}  // namespace

nlohmann::json requestListed(const RequestView& r, const std::vector<Grid>& grids) {
  const Grid* grid = gridById(grids, r.grid);
  const bool appeal = r.kind == RequestKind::Appeal;
  return {{"id", r.id},
          {"kind", appeal ? "appeal" : "errand"},
          // An appeal's place (3号楼2单元, 停车场), how urgent, and where it was passed up to.
          {"place", r.placeBuilding + r.placeUnit},
          {"urgent", r.urgent},
          {"anonymous", r.anonymous},
          {"department", r.department},
          {"level", r.level ? levelId(*r.level) : ""},
          {"level_words", r.level ? levelWords(*r.level) : ""},
          {"number", r.number},
          {"errand", r.errandId},
          {"errand_name", r.errandName},
          {"answers", r.answers},
          {"grid", r.grid},
          {"grid_name", grid ? grid->name : ""},
          {"priority", r.priority},
          {"home_visit", r.homeVisit},
          {"state", stateId(r.state)},
          {"state_words", stateWords(r.state, r.kind)},
          {"resident", r.residentMasked},
          {"accepted", shortLocalTime(r.acceptedAt)},
          {"due_day", r.dueDay},
          {"due", dueId(r.due)},
          {"untaken", r.untaken},
          {"volunteer_id", r.volunteerId ? nlohmann::json(*r.volunteerId) : nlohmann::json()},
          {"extension_days", r.extensionDays},
          {"rounds", r.rounds},
          {"callback_tries", r.callbackTries}};
}

void RequestConsoleModule::addState(int, nlohmann::json& state) {
  data::RequestTally t = desk_.tally();
  state["requests"] = {{"open", t.open},
                       {"due_today", t.dueToday},
                       {"overdue", t.overdue},
                       {"version", t.lastEventId}};
}

void RequestConsoleModule::addRoutes(ConsoleCore& core) {
  core.page(R"(/counter/(\d+)/requests)", kRequestsPageHtml);
  core.read(R"(/api/counter/(\d+)/requests)",
            [this, &core](int, const httplib::Request& req, httplib::Response& res) {
              auto ask = listAsk(req);
              if (!ask) return refuseJson(res, 400, "列表参数不正确");
              nlohmann::json list = nlohmann::json::array();
              {
                std::lock_guard lock(core.storeMutex());
                for (const RequestView& r : desk_.list(*ask))
                  list.push_back(requestListed(r, desk_.residents().grids()));
              }
              nlohmann::json grids = nlohmann::json::array(), errands = nlohmann::json::array();
              for (const Grid& g : desk_.residents().grids())
                grids.push_back({{"id", g.id}, {"name", g.name}});
              for (const ErrandType& e : desk_.errands())
                errands.push_back({{"id", e.id}, {"name", e.name}});
              // Appeals are kept by category where errands are kept by errand: one filter.
              if (appeals_) {
                for (const AppealCategory& c : appeals_->categories)
                  errands.push_back({{"id", c.id}, {"name", "诉求·" + c.name}});
              }
              nlohmann::json states = nlohmann::json::array();
              for (RequestState state : allRequestStates())
                states.push_back({{"id", stateId(state)}, {"words", stateWords(state)}});
              res.set_content(nlohmann::json{{"requests", list},
                                             {"page", ask->limit},
                                             {"states", states},
                                             {"grids", grids},
                                             {"errands", errands}}
                                  .dump(),
                              "application/json");
            });

  core.read(R"(/api/counter/(\d+)/request/(\d+))", [this, &core](int, const httplib::Request& req,
                                                                 httplib::Response& res) {
    std::int64_t id = std::atoll(req.matches[2].str().c_str());
    std::lock_guard lock(core.storeMutex());
    auto r = desk_.find(id);
    if (!r) return refuseJson(res, 404, "没有这张代办单");
    nlohmann::json out = requestListed(*r, desk_.residents().grids());
    nlohmann::json history = nlohmann::json::array();
    // Each volunteer's masked name read once, however many lines of the history name them.
    std::map<std::int64_t, std::string> names;
    auto volunteerName = [&](const std::optional<std::int64_t>& vid) -> std::string {
      if (!vid) return "";
      auto [at, added] = names.try_emplace(*vid);
      if (added) at->second = desk_.volunteerMasked(*vid);
      return at->second;
    };
    out["volunteer_name"] = volunteerName(r->volunteerId);
    for (const RequestHistoryEntry& h : desk_.history(id)) {
      std::string who = actorWords(h.role, h.actor);
      // The volunteer by name where they acted, or were given it; not on every later line.
      if (h.role == "volunteer") who += " " + volunteerName(h.volunteerId);
      if (h.action == "dispatch") who += " → " + volunteerName(h.volunteerId);
      history.push_back(
          {{"action", h.action},
           {"words", historyWords(h.action)},
           {"who", who},
           {"to", stateWords(h.to, r->kind)},
           {"role", h.role},
           {"actor", h.actor},
           {"volunteer_id", h.volunteerId ? nlohmann::json(*h.volunteerId) : nlohmann::json()},
           {"reason", h.reason},
           {"note", h.note},
           {"department", h.department},
           {"level_words", h.level ? levelWords(*h.level) : ""},
           {"at", shortLocalTime(h.at)}});
    }
    out["history"] = history;
    // The steps staff may take from here: the page's buttons (each still checked when sent).
    nlohmann::json actions = nlohmann::json::array();
    for (const TransitionRule& rule : rulesFrom(r->state, RequestRole::Staff, r->kind)) {
      if (rule.action == RequestAction::Extend && r->extensionDays > 0) continue;
      if (rule.action == RequestAction::GiveUpCallback && r->callbackTries == 0) continue;
      actions.push_back({{"id", actionId(rule.action)},
                         {"words", actionWords(rule.action)},
                         {"reason", rule.reasonRequired},
                         {"note", rule.noteRequired},
                         {"volunteer", rule.volunteerRequired},
                         {"days", rule.action == RequestAction::Extend},
                         {"department", rule.action == RequestAction::Forward}});
    }
    out["actions"] = actions;
    if (r->kind == RequestKind::Appeal) {
      // Forwarding names the department and the level; escalating goes one level up.
      out["departments"] = desk_.departments();
      nlohmann::json levels = nlohmann::json::array();
      for (EscalationLevel level : {EscalationLevel::Compound, EscalationLevel::Community,
                                    EscalationLevel::Street, EscalationLevel::County})
        levels.push_back({{"id", levelId(level)}, {"words", levelWords(level)}});
      out["levels"] = levels;
    }
    out["has_contact"] = r->residentId.has_value();
    // The page's way to the resident's record (to add a phone or address staff need).
    out["resident_id"] = r->residentId ? nlohmann::json(*r->residentId) : nlohmann::json();
    // Who could do it: active, with the errand's skill; those signed in first.
    nlohmann::json volunteers = nlohmann::json::array();
    for (const DispatchCandidate& c : desk_.candidatesFor(*r)) {
      volunteers.push_back({{"id", c.id},
                            {"name", c.nameMasked},
                            {"team", c.team},
                            {"signed_in", c.signedIn},
                            {"serves_grid", c.servesGrid}});
    }
    out["volunteers"] = volunteers;
    res.set_content(out.dump(), "application/json");
  });

  // Staff call the resident back: the contact in full, asked for by a click, each reading
  // audited (a page refreshing itself does not read it again).
  core.read(R"(/api/counter/(\d+)/request/(\d+)/contact)",
            [this, &core](int counter, const httplib::Request& req, httplib::Response& res) {
              std::int64_t id = std::atoll(req.matches[2].str().c_str());
              std::lock_guard lock(core.storeMutex());
              auto c =
                  desk_.contactFor(id, RequestActor::staff("console-" + std::to_string(counter)));
              if (!c) return refuseJson(res, 404, "这张代办单没有居民的联系方式");
              nlohmann::json contact{{"name", c->name}, {"phone", c->phone.value_or("")}};
              if (c->address) contact["address"] = c->address->line();
              res.set_content(contact.dump(), "application/json");
            });

  core.act(R"(/api/counter/(\d+)/request/(\d+)/act)", [this, &core](int counter,
                                                                    const httplib::Request& req,
                                                                    httplib::Response& res) {
    std::int64_t id = std::atoll(req.matches[2].str().c_str());
    nlohmann::json body = nlohmann::json::parse(req.body, nullptr, false);
    auto action = staffAction(postedText(body, "action"));
    if (!action) return refuseJson(res, 400, "没有这个操作");
    ActAsk ask;
    ask.action = *action;
    ask.actor = RequestActor::staff("console-" + std::to_string(counter));
    ask.reason = postedText(body, "reason");
    ask.note = postedText(body, "note");
    ask.volunteerId = postedNumber(body, "volunteer_id");
    ask.extensionDays = static_cast<int>(postedNumber(body, "days").value_or(0));
    ask.department = postedText(body, "department");
    std::string level = postedText(body, "level");
    if (!level.empty()) {
      ask.level = levelFromId(level);
      if (!ask.level) return refuseJson(res, 400, "层级参数不正确");
    }
    std::string seen = postedText(body, "seen");
    if (!seen.empty()) {
      ask.seen = stateFromId(seen);
      if (!ask.seen) return refuseJson(res, 400, "状态参数不正确");
    }
    if (ask.reason.size() > 600 || ask.note.size() > 600)
      return refuseJson(res, 400, "原因或说明太长（最多200字）");
    ActOutcome outcome;
    {
      std::lock_guard lock(core.storeMutex());
      outcome = desk_.act(id, ask);
    }
    core.signal().notify();
    nlohmann::json out{{"ok", static_cast<bool>(outcome)}, {"problem", actProblemText(outcome)}};
    if (outcome.request)
      out["request"] = requestListed(*outcome.request, desk_.residents().grids());
    if (outcome) {
      out["notice"] =
          std::string(actionWords(ask.action)) + "：" +
          (outcome.request ? outcome.request->number : "") + " " +
          (outcome.request ? stateWords(outcome.request->state, outcome.request->kind) : "");
    }
    res.set_content(out.dump(), "application/json");
  });
}

}  // namespace yizhan::kiosk
