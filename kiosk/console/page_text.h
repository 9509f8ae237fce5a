#pragma once
// The counter console's two pages, and the script its pages share, built into the program from
// the files beside this.
namespace yizhan::kiosk {

extern const char* const kLoginPageHtml;    // with {{station}}, {{counters}}, {{message}}
extern const char* const kCounterPageHtml;  // static; talks to /api/counter/N
extern const char* const kPageHelpersJs;    // put in for {{helpers}} (withConsoleText)
extern const char* const kPageStylesCss;    // put in for {{styles}}

}  // namespace yizhan::kiosk
