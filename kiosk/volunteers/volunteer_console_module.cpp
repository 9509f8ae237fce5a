#include "kiosk/volunteers/volunteer_console_module.h"

#include <httplib.h>

#include <set>

#include "kiosk/console/console_core.h"
#include "kiosk/console/console_text.h"
#include "kiosk/console/posted_fields.h"
#include "kiosk/residents/person_ref.h"
#include "kiosk/volunteers/roster_sheet.h"
#include "kiosk/volunteers/volunteer_flow.h"
#include "kiosk/volunteers/volunteer_review_flow.h"
#include "kiosk/volunteers/volunteer_strings.h"

namespace yizhan::kiosk {

namespace {

constexpr int kMostMinutes = 24 * 60;

std::string words(std::string_view key) {
  return std::string(consoleText(key, Lang::Zh));
}

std::string actorOf(int counter) {
  return "console-" + std::to_string(counter);
}

nlohmann::json listed(const VolunteerView& v) {
  return {{"id", v.id},         {"name", v.nameMasked},   {"phone", v.phoneMasked},
          {"team", v.team},     {"kind", kindId(v.kind)}, {"status", statusId(v.status)},
          {"has_pin", v.hasPin}};
}

}  // namespace

std::optional<FlaggedShiftView> VolunteerConsoleModule::flaggedShift(std::int64_t id) {
  for (const FlaggedShiftView& s : flaggedShiftViews(shifts_, roster_, Lang::Zh)) {
    if (s.id == id) return s;
  }
  return std::nullopt;
}

void VolunteerConsoleModule::addRoutes(ConsoleCore& core) {
  reviewRoutes(core);
  rosterRoutes(core);
}

void VolunteerConsoleModule::reviewRoutes(ConsoleCore& core) {
  core.act(R"(/api/counter/(\d+)/volunteer-shift/(\d+)/confirm)",
           [this, &core](int counter, const httplib::Request& req, httplib::Response& res) {
             std::int64_t shift = std::atoll(req.matches[2].str().c_str());
             std::string problem, notice;
             {
               std::lock_guard lock(core.storeMutex());
               std::optional<FlaggedShiftView> flagged = flaggedShift(shift);
               if (flagged && shifts_.confirm(shift, actorOf(counter))) {
                 notice =
                     fill(words("vol_confirmed"),
                          {flagged->title, serviceTimeWords(flagged->proposedMinutes, Lang::Zh)});
               } else {
                 problem = std::string(text(VolStr::ReviewGone, Lang::Zh));
               }
             }
             core.signal().notify();
             res.set_content(core.stateJson(counter, problem, notice), "application/json");
           });
  core.act(R"(/api/counter/(\d+)/volunteer-shift/(\d+)/correct)",
           [this, &core](int counter, const httplib::Request& req, httplib::Response& res) {
             std::int64_t shift = std::atoll(req.matches[2].str().c_str());
             nlohmann::json body = nlohmann::json::parse(req.body, nullptr, false);
             int minutes =
                 body.is_object() && body.contains("minutes") && body["minutes"].is_number_integer()
                     ? body["minutes"].get<int>()
                     : -1;
             int reason =
                 body.is_object() && body.contains("reason") && body["reason"].is_number_integer()
                     ? body["reason"].get<int>()
                     : -1;
             std::string problem, notice;
             if (minutes < 0 || minutes > kMostMinutes) {
               problem = words("vol_minutes_invalid");
             } else if (correctionReason(reason, Lang::Zh).empty()) {
               problem = words("vol_reason_missing");
             } else {
               std::lock_guard lock(core.storeMutex());
               std::optional<FlaggedShiftView> flagged = flaggedShift(shift);
               if (flagged && shifts_.correct(shift, minutes, correctionReason(reason, Lang::Zh),
                                              actorOf(counter))) {
                 notice = fill(words("vol_corrected"),
                               {flagged->title, serviceTimeWords(minutes, Lang::Zh)});
               } else {
                 problem = std::string(text(VolStr::ReviewGone, Lang::Zh));
               }
             }
             core.signal().notify();
             res.set_content(core.stateJson(counter, problem, notice), "application/json");
           });
}

void VolunteerConsoleModule::rosterRoutes(ConsoleCore& core) {
  core.read(R"(/api/counter/(\d+)/volunteers)",
            [this, &core](int, const httplib::Request&, httplib::Response& res) {
              nlohmann::json list = nlohmann::json::array();
              std::set<std::string> teams;
              {
                std::lock_guard lock(core.storeMutex());
                for (const VolunteerView& v : roster_.listed()) {
                  list.push_back(listed(v));
                  teams.insert(v.team);
                }
              }
              res.set_content(nlohmann::json{{"volunteers", list}, {"teams", teams}}.dump(),
                              "application/json");
            });
  // One volunteer in full, for staff to edit: never in a list or the live state.
  core.read(R"(/api/counter/(\d+)/volunteers/(\d+))",
            [this, &core](int, const httplib::Request& req, httplib::Response& res) {
              std::optional<VolunteerDetails> d;
              {
                std::lock_guard lock(core.storeMutex());
                d = roster_.fullDetails(std::atoll(req.matches[2].str().c_str()));
              }
              if (!d) {
                res.status = 404;
                res.set_content(
                    nlohmann::json{{"problem", rosterProblemText(RosterProblem::NotFound)}}.dump(),
                    "application/json");
                return;
              }
              std::string skills, grids;
              for (const auto& s : d->skills) skills += (skills.empty() ? "" : "，") + s;
              // Staff write grids by name, so they read them so.
              for (const auto& g : d->grids) {
                const Grid* grid = gridById(roster_.grids(), g);
                grids += (grids.empty() ? "" : "，") + (grid ? grid->name : g);
              }
              res.set_content(nlohmann::json{{"name", d->name},
                                             {"phone", d->phone},
                                             {"team", d->team},
                                             {"kind", kindId(d->kind)},
                                             {"employer", d->employer},
                                             {"skills", skills},
                                             {"grids", grids},
                                             {"status", statusId(d->status)}}
                                  .dump(),
                              "application/json");
            });
  core.act(R"(/api/counter/(\d+)/volunteers/save)",
           [this, &core](int counter, const httplib::Request& req, httplib::Response& res) {
             nlohmann::json body = nlohmann::json::parse(req.body, nullptr, false);
             std::optional<std::int64_t> id;
             if (body.is_object() && body.contains("id") && body["id"].is_number_integer())
               id = body["id"].get<std::int64_t>();
             VolunteerDetails d;
             d.name = trimmedCell(postedText(body, "name"));
             d.phone = trimmedCell(postedText(body, "phone"));
             if (std::string number = trimmedCell(postedText(body, "id_number")); !number.empty())
               d.idNumber = number;
             d.team = trimmedCell(postedText(body, "team"));
             d.employer = trimmedCell(postedText(body, "employer"));
             d.skills = splitSkillCell(postedText(body, "skills"));
             d.grids = splitSkillCell(postedText(body, "grids"));
             std::string pin = postedText(body, "pin");
             std::optional<VolunteerKind> kind = kindFromId(postedText(body, "kind"));
             std::optional<VolunteerStatus> status = statusFromExactId(postedText(body, "status"));
             if (status) d.status = *status;
             if (kind) d.kind = *kind;

             std::string problem, notice;
             std::optional<std::string> pinHash;
             if (!kind) {
               problem = words("vol_kind_missing");
             } else if (!status) {
               problem = words("vol_status_missing");
             } else if (auto wrong = detailsProblem(d)) {
               problem = rosterProblemText(*wrong);
             } else if (!pin.empty()) {
               std::lock_guard hashing(hashing_);
               pinHash = VolunteerRoster::pinHashOf(pin);
               if (!pinHash) problem = words("vol_pin_invalid");
             }
             std::optional<std::int64_t> saved;
             if (problem.empty()) {
               std::lock_guard lock(core.storeMutex());
               data::Transaction tx(core.db());
               if (id) {
                 // An edit keeps the district's id; an ID number left blank keeps the one on file.
                 if (auto before = roster_.fullDetails(*id)) d.externalId = before->externalId;
               }
               RosterOutcome out = id ? roster_.update(*id, d, actorOf(counter))
                                      : roster_.enrollOrUpdate(d, "console", actorOf(counter));
               if (out.problem) {
                 problem = rosterProblemText(*out.problem);
               } else if (!id && out.existed) {
                 // "New" with the phone of one already listed: never overwrite them from the new
                 // form.
                 problem = rosterProblemText(RosterProblem::PhoneTaken);
               } else {
                 if (pinHash) roster_.storePinHash(*out.id, *pinHash, actorOf(counter));
                 tx.commit();
                 saved = out.id;
                 std::string who = maskName(d.name);
                 notice = !out.changed && !pinHash ? words("vol_unchanged")
                          : id                     ? fill(words("vol_saved"), {who})
                                                   : fill(words("vol_enrolled"), {who});
                 if (pinHash) notice += words("vol_pin_set");
               }
             }
             nlohmann::json state = nlohmann::json::parse(core.stateJson(counter, problem, notice));
             state["volunteer_id"] = saved ? nlohmann::json(*saved) : nlohmann::json();
             res.set_content(state.dump(), "application/json");
           });
}

void VolunteerConsoleModule::addState(int, nlohmann::json& j) {
  j["volunteer_review"] = nlohmann::json::array();
  for (const FlaggedShiftView& s : flaggedShiftViews(shifts_, roster_, Lang::Zh)) {
    j["volunteer_review"].push_back(
        {{"id", s.id},
         {"who", s.nameMasked},
         {"day", s.day},
         {"activity", s.activity},
         {"times", s.times},
         {"flag", flagWords(s.flag, Lang::Zh)},
         {"proposed", s.proposedMinutes},
         {"proposed_text", serviceTimeWords(s.proposedMinutes, Lang::Zh)}});
  }
  nlohmann::json reasons = nlohmann::json::array();
  for (int r = 0; r < kCorrectionReasons; ++r) reasons.push_back(correctionReason(r, Lang::Zh));
  j["correction_reasons"] = reasons;
}

}  // namespace yizhan::kiosk
