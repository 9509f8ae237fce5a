#include "kiosk/appeals/appeal_desk.h"

#include "data/request_repository.h"
#include "kiosk/base/strings.h"
#include "kiosk/residents/resident_registry.h"

namespace yizhan::kiosk {

namespace {
constexpr const char* kAnonymous = "匿名";
}  // namespace

std::string appealProblemText(AppealProblem problem) {
  switch (problem) {
    case AppealProblem::CategoryUnknown:
      return "没有这一类诉求";
    case AppealProblem::PlaceMissing:
      return "请选择问题在哪里：哪栋楼，或小区里的哪个地方";
    case AppealProblem::PlaceUnknown:
      return "没有这个地点，请从给出的楼栋或地点中选一个";
    case AppealProblem::ResidentUnknown:
      return "没有找到这位居民，请刷身份证，或选择匿名反映";
    case AppealProblem::AnonymousOther:
      return "“其他”需要工作人员打电话联系您，请刷身份证留下联系方式";
  }
  return "";
}

std::string placeWords(const RequestView& appeal) {
  return appeal.placeBuilding + appeal.placeUnit;
}

AppealDesk::AppealDesk(data::Database& db, RequestDesk& requests, AppealCatalog catalog)
    : db_(db), requests_(requests), catalog_(std::move(catalog)) {}

AppealOutcome AppealDesk::submit(const AppealAsk& ask) {
  const AppealCategory* category = catalog_.category(ask.categoryId);
  if (!category) return {std::nullopt, AppealProblem::CategoryUnknown};
  if (ask.anonymous && category->id == "other")
    return {std::nullopt, AppealProblem::AnonymousOther};

  const std::vector<Grid>& grids = requests_.residents().grids();
  std::string grid;
  if (ask.building.empty() && ask.spot.empty()) return {std::nullopt, AppealProblem::PlaceMissing};
  if (!ask.building.empty()) {
    const Grid* g = gridOfBuilding(grids, ask.building);
    if (!ask.spot.empty() || !g || utf8Characters(ask.unit) > kLongestAddressPart)
      return {std::nullopt, AppealProblem::PlaceUnknown};
    grid = g->id;
  } else if (!catalog_.isPublicPlace(ask.spot) || !ask.unit.empty()) {
    return {std::nullopt, AppealProblem::PlaceUnknown};
  }
  if (!ask.anonymous && !ask.residentId && !ask.card)
    return {std::nullopt, AppealProblem::ResidentUnknown};

  data::Transaction tx(db_);
  std::optional<ResidentView> resident;
  if (!ask.anonymous) {
    resident = ask.card ? requests_.residents().recordFromCard(*ask.card)
                        : requests_.residents().find(*ask.residentId);
    if (!resident) return {std::nullopt, AppealProblem::ResidentUnknown};
  }
  const std::string building = ask.building.empty() ? ask.spot : ask.building;
  if (resident) {
    // A second tap of the same appeal: the one already open.
    data::RequestQuery same;
    same.kind = "appeal";
    same.residentId = resident->id;
    same.errand = category->id;
    same.openOnly = true;
    same.limit = 50;
    for (const auto& open : data::RequestRepository(db_).list(same)) {
      if (open.placeBuilding == building && open.placeUnit == ask.unit) {
        auto view = requests_.find(open.id);
        return {view, std::nullopt, true};
      }
    }
  }

  data::RequestRecord r;
  r.kind = "appeal";
  r.anonymous = ask.anonymous;
  if (resident) {
    r.residentId = resident->id;
    r.residentMasked = resident->masked();
    r.priority = resident->priority();
  } else {
    r.residentMasked = kAnonymous;
  }
  r.errand = category->id;
  r.errandName = category->name;
  // The place's grid answers for it; a public place falls to the resident's own grid.
  r.grid = !grid.empty() ? grid : (resident ? resident->grid : "");
  r.placeBuilding = building;
  r.placeUnit = ask.unit;
  r.urgent = ask.urgent;
  r.source = ask.source;
  r.workingDays = category->deadlineWorkingDays;
  RequestView made = requests_.accept(
      std::move(r), ask.source == "kiosk" ? RequestRole::Resident : RequestRole::Staff);
  tx.commit();
  return {made, std::nullopt, false};
}

}  // namespace yizhan::kiosk
