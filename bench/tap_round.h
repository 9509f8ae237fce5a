#pragma once
// The benchmarks' scripted round of taps: staff PIN in and out, then call staff and back.
#include <string>

#include "ui/app/headless_kiosk.h"

namespace yizhan::bench {

inline void tapRound(ui::HeadlessKiosk& kiosk, const std::string& pin) {
  kiosk.tap("工作人员");
  for (char c : pin) kiosk.tap(std::string(1, c));
  kiosk.tap("确认");
  kiosk.tap("退出");
  kiosk.tap("呼叫工作人员");
  kiosk.tap("返回");
}

}  // namespace yizhan::bench
