#pragma once
// The counter console's own catalog: every word its two pages show, by key. The pages carry
// {{t:key}} where a word goes; their script gets the same words as a JSON object (T.key,
// with {0} {1} filled in by the script). Messages the server sends (problems, notices) come
// from the kiosk's catalog, as on the kiosk.
#include <string>
#include <string_view>

#include "kiosk/base/strings.h"

namespace yizhan::kiosk {

// The word for `key`, or "" when there is none (a test checks every key the pages use).
std::string_view consoleText(std::string_view key, Lang lang);
// `html` with each {{t:key}} replaced by its word (HTML-escaped) and {{texts}} by the JSON
// object of every word.
std::string withConsoleText(std::string html, Lang lang);
// Keys the pages use that the catalog lacks (empty when all is well).
std::string missingConsoleText(std::string_view html);

}  // namespace yizhan::kiosk
