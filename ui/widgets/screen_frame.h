#pragma once
// The frame every screen shares: full-screen window, header band with title, date and time,
// and a footer row for 返回 / 呼叫工作人员 / 退出.
#include <string_view>

#include "imgui.h"
#include "kiosk/session/snapshot.h"
#include "ui/ui_context.h"
#include "ui/widgets/big_button.h"

namespace yizhan::ui {

struct ContentArea {
  ImVec2 min, max;
  float width() const { return max.x - min.x; }
  float height() const { return max.y - min.y; }
  float centerX() const { return (min.x + max.x) / 2; }
};

ContentArea beginScreen(UiContext& ctx, const kiosk::Snapshot& snap, std::string_view title);
// The same frame for screens without a kiosk snapshot (the waiting-room display).
ContentArea beginScreen(UiContext& ctx, kiosk::TimePoint now, std::string_view title);
void endScreen();

// A footer button at the left or right end of the footer row; true when tapped.
enum class FooterSide { Left, Right };
bool footerButton(UiContext& ctx, std::string_view label, FooterSide side,
                  ButtonStyle style = ButtonStyle::Plain);
// Every resident screen's footer: 返回 on the left, 呼叫工作人员 on the right.
void residentFooter(UiContext& ctx);

}  // namespace yizhan::ui
