#pragma once
// Applies a configuration the district sent (docs/district-api.md §6) inside the caller's
// transaction: reads and checks every section against the station's own settings, books the
// appointments made elsewhere, and stores the sections the station keeps. Anything wrong
// refuses the whole configuration; the caller rolls back, so nothing of it stays.
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "data/database.h"
#include "kiosk/base/clock.h"
#include "kiosk/queue/service_catalog.h"
#include "kiosk/residents/personal_key.h"

namespace yizhan::kiosk {

class DistrictConfigApplier {
 public:
  // `base`: the station's catalog from its TOML file, which district sections replace.
  DistrictConfigApplier(ServiceCatalog base, const PersonalKey& personalKey, const Clock& clock)
      : base_(std::move(base)), personalKey_(personalKey), clock_(clock) {}

  // Returns why the configuration is refused, or nothing when it was applied.
  std::optional<std::string> apply(data::Database& db, const std::string& json) const;

  // A feature's section that is applied, not kept (it carries personal data): run in the
  // configuration's transaction when the section is sent, after the kept sections are
  // checked; what it returns refuses the whole configuration.
  using SectionHandler =
      std::function<std::optional<std::string>(data::Database&, const nlohmann::json&)>;
  void handle(std::string section, SectionHandler handler) {
    handlers_.emplace_back(std::move(section), std::move(handler));
  }

 private:
  ServiceCatalog base_;
  std::vector<std::pair<std::string, SectionHandler>> handlers_;
  const PersonalKey& personalKey_;
  const Clock& clock_;
};

}  // namespace yizhan::kiosk
