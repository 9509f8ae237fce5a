#pragma once
// The counter console's requests and residents pages, built into the program from their .html.
namespace yizhan::kiosk {

extern const char* const kRequestsPageHtml;   // static; talks to /api/counter/N/request…
extern const char* const kResidentsPageHtml;  // static; talks to /api/counter/N/resident…

}  // namespace yizhan::kiosk
