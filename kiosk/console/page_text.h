#pragma once
// The counter console's two pages, built into the program from the .html files beside this.
namespace yizhan::kiosk {

extern const char* const kLoginPageHtml;    // with {{station}}, {{counters}}, {{message}}
extern const char* const kCounterPageHtml;  // static; talks to /api/counter/N

}  // namespace yizhan::kiosk
