#pragma once
// Text made safe to put inside HTML (elements and quoted attributes), for the pages the
// station and the district-sim serve.
#include <string>

namespace yizhan::kiosk {

std::string htmlEscape(const std::string& s);
// Every `what` in `text` becomes `with` (the pages' {{placeholders}}).
void replaceAll(std::string& text, const std::string& what, const std::string& with);

}  // namespace yizhan::kiosk
