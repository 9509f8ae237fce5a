#include "kiosk/requests/resident_console_module.h"

#include <httplib.h>

#include <algorithm>

#include "kiosk/base/strings.h"
#include "kiosk/console/console_core.h"
#include "kiosk/console/posted_fields.h"
#include "kiosk/requests/request_console_module.h"
#include "kiosk/requests/requests_page_text.h"
#include "kiosk/volunteers/roster_sheet.h"

namespace yizhan::kiosk {

namespace {
std::string actorOf(int counter) {
  return "console-" + std::to_string(counter);
}

nlohmann::json residentListed(const ResidentView& v, const std::vector<Grid>& grids) {
  const Grid* grid = gridById(grids, v.grid);
  return {{"id", v.id},
          {"masked", v.masked()},
          {"id_masked", v.idMasked},
          {"age", v.age ? nlohmann::json(*v.age) : nlohmann::json()},
          {"lives_alone", v.livesAlone},
          {"elderly", v.elderly()},
          {"grid_name", grid ? grid->name : ""},
          {"on_roster", v.onRoster},
          {"has_phone", v.hasPhone},
          {"has_address", v.hasAddress}};
}

// What staff typed for a resident; the registry checks it.
ResidentDetails detailsOf(const nlohmann::json& body) {
  ResidentDetails d;
  d.name = trimmedCell(postedText(body, "name"));
  if (std::string id = trimmedCell(postedText(body, "id_number")); !id.empty()) d.idNumber = id;
  if (std::string phone = trimmedCell(postedText(body, "phone")); !phone.empty()) d.phone = phone;
  ResidentAddress a{trimmedCell(postedText(body, "building")),
                    trimmedCell(postedText(body, "unit")), trimmedCell(postedText(body, "room"))};
  // Nothing of the address given: none. Part of it: the registry says what is missing.
  if (!a.building.empty() || !a.unit.empty() || !a.room.empty()) d.address = a;
  d.livesAlone = postedFlag(body, "lives_alone");
  return d;
}
}  // namespace

void ResidentConsoleModule::addRoutes(ConsoleCore& core) {
  core.page(R"(/counter/(\d+)/residents)", kResidentsPageHtml);
  // Without a building: what the picker offers (buildings by grid, the errands and their
  // choices). With one and a unit: that unit's residents, names in full (audited).
  core.read(R"(/api/counter/(\d+)/residents)", [this, &core](int counter,
                                                             const httplib::Request& req,
                                                             httplib::Response& res) {
    const std::vector<Grid>& grids = desk_.residents().grids();
    nlohmann::json out;
    if (!req.has_param("building")) {
      nlohmann::json buildings = nlohmann::json::array();
      for (const Grid& g : grids)
        for (const std::string& b : g.buildings)
          buildings.push_back({{"building", b}, {"grid_name", g.name}});
      nlohmann::json errands = nlohmann::json::array();
      for (const ErrandType& e : desk_.errands()) {
        nlohmann::json questions = nlohmann::json::array();
        for (const ErrandQuestion& q : e.questions)
          questions.push_back({{"ask", q.ask}, {"choices", q.choices}});
        errands.push_back({{"id", e.id}, {"name", e.name}, {"questions", questions}});
      }
      out = {{"buildings", buildings}, {"errands", errands}};
      return res.set_content(out.dump(), "application/json");
    }
    std::string building = req.get_param_value("building");
    std::string unit = trimmedCell(req.has_param("unit") ? req.get_param_value("unit") : "");
    if (!gridOfBuilding(grids, building)) return refuseJson(res, 400, "没有这栋楼");
    if (unit.empty() || utf8Characters(unit) > kLongestAddressPart)
      return refuseJson(res, 400, "请写单元，如“2单元”");
    nlohmann::json residents = nlohmann::json::array();
    {
      std::lock_guard lock(core.storeMutex());
      for (const ResidentListing& r : desk_.residents().inUnit(building, unit, actorOf(counter))) {
        nlohmann::json one = residentListed(r.view, grids);
        one["name"] = r.name;
        residents.push_back(one);
      }
    }
    std::sort(residents.begin(), residents.end(),
              [](const auto& a, const auto& b) { return a["name"] < b["name"]; });
    out = {{"residents", residents}};
    res.set_content(out.dump(), "application/json");
  });

  // One resident to call, complete or file for: the details in full (audited) and their open
  // requests.
  core.read(R"(/api/counter/(\d+)/resident/(\d+))",
            [this, &core](int counter, const httplib::Request& req, httplib::Response& res) {
              std::int64_t id = std::atoll(req.matches[2].str().c_str());
              std::lock_guard lock(core.storeMutex());
              auto view = desk_.residents().find(id);
              if (!view)
                return refuseJson(res, 404, residentProblemText(ResidentProblem::NotFound));
              auto contact =
                  desk_.residents().contactOf(id, actorOf(counter), "console: the resident");
              if (!contact)
                return refuseJson(res, 404, residentProblemText(ResidentProblem::NotFound));
              nlohmann::json out = residentListed(*view, desk_.residents().grids());
              out["name"] = contact->name;
              out["phone"] = contact->phone.value_or("");
              ResidentAddress address = contact->address.value_or(ResidentAddress{});
              out["building"] = address.building;
              out["unit"] = address.unit;
              out["room"] = address.room;
              nlohmann::json open = nlohmann::json::array();
              for (const RequestView& r : desk_.openOf(id))
                open.push_back(requestListed(r, desk_.residents().grids()));
              out["open"] = open;
              res.set_content(out.dump(), "application/json");
            });

  // A new resident, or one brought up to date (`id`): their open requests follow.
  core.act(R"(/api/counter/(\d+)/residents/save)",
           [this, &core](int counter, const httplib::Request& req, httplib::Response& res) {
             nlohmann::json body = nlohmann::json::parse(req.body, nullptr, false);
             if (!body.is_object()) return refuseJson(res, 400, "提交的内容不正确");
             ResidentDetails details = detailsOf(body);
             std::optional<std::int64_t> id = postedNumber(body, "id");
             ResidentOutcome outcome;
             {
               std::lock_guard lock(core.storeMutex());
               outcome = id ? desk_.residents().update(*id, details, actorOf(counter))
                            : desk_.residents().enroll(details, "staff", actorOf(counter));
               if (outcome.resident) desk_.residentChanged(outcome.resident->id);
             }
             nlohmann::json out{
                 {"ok", outcome.resident.has_value()},
                 {"problem", outcome.problem ? residentProblemText(*outcome.problem) : ""}};
             if (outcome.resident) {
               out["resident"] = residentListed(*outcome.resident, desk_.residents().grids());
               out["notice"] = (outcome.changed ? (id ? "已保存 " : "已登记 ") : "没有改动 ") +
                               outcome.resident->masked();
             }
             core.signal().notify();
             res.set_content(out.dump(), "application/json");
           });

  // A request heard at the door or on the phone, for a resident on the roster.
  core.act(R"(/api/counter/(\d+)/resident/(\d+)/request)",
           [this, &core](int, const httplib::Request& req, httplib::Response& res) {
             nlohmann::json body = nlohmann::json::parse(req.body, nullptr, false);
             if (!body.is_object()) return refuseJson(res, 400, "提交的内容不正确");
             SubmitAsk ask;
             ask.residentId = std::atoll(req.matches[2].str().c_str());
             ask.errandId = postedText(body, "errand");
             ask.source = "console";
             if (body.contains("answers") && body["answers"].is_array()) {
               for (const auto& a : body["answers"]) {
                 if (!a.is_string())
                   return refuseJson(res, 400, submitProblemText(SubmitProblem::AnswersInvalid));
                 ask.answers.push_back(a.get<std::string>());
               }
             }
             SubmitOutcome outcome;
             {
               std::lock_guard lock(core.storeMutex());
               outcome = desk_.submit(ask);
             }
             core.signal().notify();
             std::string problem = outcome.problem ? submitProblemText(*outcome.problem) : "";
             // The same errand still open for them: that one, not a second.
             if (outcome.alreadyOpen)
               problem = "这位居民已有一张同样的代办单还没办结：" + outcome.request->number;
             nlohmann::json out{{"ok", problem.empty()}, {"problem", problem}};
             if (outcome.request) {
               out["request"] = requestListed(*outcome.request, desk_.residents().grids());
               if (problem.empty()) {
                 out["notice"] = "已登记代办单 " + outcome.request->number + " " +
                                 outcome.request->errandName + "，应办结日 " +
                                 outcome.request->dueDay;
               }
             }
             res.set_content(out.dump(), "application/json");
           });
}

}  // namespace yizhan::kiosk
