#pragma once
// The appeals' part of the station's TOML (docs/APPEALS.md): [[appeal_categories]] replaces
// the default categories, and [appeals] lists the public places residents can name and the
// departments staff forward to. Mistakes name the entry, key and line.
#include <toml++/toml.h>

#include <string>

#include "kiosk/appeals/appeal_catalog.h"

namespace yizhan::kiosk {

inline constexpr const char* kAppealCategorySection = "appeal_categories";
inline constexpr const char* kAppealSection = "appeals";
// Replace the catalog's categories, or its places and departments, with what `node` holds.
// Throw ConfigError.
void readAppealCategoryArray(AppealCatalog& catalog, const toml::node& node,
                             const std::string& origin);
void readAppealTable(AppealCatalog& catalog, const toml::node& node, const std::string& origin);
// Both as TOML, with a comment on each key.
std::string renderAppealConfig(const AppealCatalog& catalog);

}  // namespace yizhan::kiosk
