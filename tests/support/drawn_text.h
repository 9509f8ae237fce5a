#pragma once
// Whether words are drawn on the kiosk's screen now: on one line, or wrapped over several
// (the lines in the order drawn; a wrap swallows the space it breaks at).
#include <algorithm>
#include <string>

#include "ui/app/headless_kiosk.h"

namespace yizhan::test {

inline bool drawn(ui::HeadlessKiosk& kiosk, const std::string& words) {
  auto unspaced = [](std::string s) {
    s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
    return s;
  };
  std::string all;
  for (const auto& t : kiosk.app().widgets().texts()) {
    if (t.text.find(words) != std::string::npos) return true;
    all += t.text;
  }
  return unspaced(all).find(unspaced(words)) != std::string::npos;
}

}  // namespace yizhan::test
