#pragma once
// The [[services]] and [[counters]] arrays of the station's TOML file. A file that names
// either replaces that whole list of the defaults; mistakes name the entry, key and line.
#include <toml++/toml.h>

#include <string>

#include "kiosk/queue/service_catalog.h"

namespace yizhan::kiosk {

// Whether `section` is one of the arrays read here.
bool isCatalogArray(const std::string& section);
// Replaces the list named by `section` with the array in `node`. Throws ConfigError.
void readCatalogArray(ServiceCatalog& catalog, const std::string& section, const toml::node& node,
                      const std::string& origin);
// Checks what no single entry can: unique ids, prefixes and numbers, known counters.
void validateCatalog(const ServiceCatalog& catalog, const std::string& origin);
// The two arrays as TOML, each key with a comment.
std::string renderCatalogArrays(const ServiceCatalog& catalog);

}  // namespace yizhan::kiosk
