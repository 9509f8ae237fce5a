#pragma once
// Text made safe to put inside HTML (elements and quoted attributes), for the pages the
// station and the district-sim serve.
#include <string>

namespace yizhan::kiosk {

std::string htmlEscape(const std::string& s);

}  // namespace yizhan::kiosk
