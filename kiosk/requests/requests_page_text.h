#pragma once
// The counter console's requests page, built into the program from requests_page.html.
namespace yizhan::kiosk {

extern const char* const kRequestsPageHtml;  // static; talks to /api/counter/N/request…

}  // namespace yizhan::kiosk
