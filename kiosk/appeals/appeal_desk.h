#pragma once
// Appeals (民意诉求) as a second kind of request: a resident (or nobody, anonymously) says what
// is wrong — a category by pictogram, the place, how urgent — and the request lifecycle takes it
// from there (RequestDesk: forwarding to a department, escalation, the department's replies,
// the callback). This adds only what an appeal asks for that an errand does not.
#include <cstdint>
#include <optional>
#include <string>

#include "drivers/idcard/identity.h"
#include "kiosk/appeals/appeal_catalog.h"
#include "kiosk/requests/request_desk.h"

namespace yizhan::kiosk {

struct AppealAsk {
  std::optional<std::int64_t> residentId;
  std::optional<drivers::Identity> card;
  bool anonymous = false;  // no name left: nobody is called back
  std::string categoryId;
  // Where: a building (and, when it matters, the unit), or one of the public places.
  std::string building, unit;
  std::string spot;
  bool urgent = false;
  std::string source = "kiosk";  // kiosk, console
};

enum class AppealProblem {
  CategoryUnknown,
  PlaceMissing,     // neither a building nor a public place
  PlaceUnknown,     // a building in no grid, a spot not on the list, or both given
  ResidentUnknown,  // not anonymous, and no card or resident on record
  AnonymousOther,   // 其他 means staff call back: it cannot be anonymous
};

struct AppealOutcome {
  std::optional<RequestView> appeal;
  std::optional<AppealProblem> problem;
  // The resident already has this category open at this place (a second tap): that one.
  bool alreadyOpen = false;
};

// In Chinese, for the resident at the kiosk and staff at the console.
std::string appealProblemText(AppealProblem problem);
// 3号楼2单元, or 停车场: where the appeal is about.
std::string placeWords(const RequestView& appeal);

class AppealDesk {
 public:
  AppealDesk(data::Database& db, RequestDesk& requests, AppealCatalog catalog);

  const AppealCatalog& catalog() const { return catalog_; }
  RequestDesk& requests() { return requests_; }

  AppealOutcome submit(const AppealAsk& ask);

 private:
  data::Database& db_;
  RequestDesk& requests_;
  AppealCatalog catalog_;
};

}  // namespace yizhan::kiosk
