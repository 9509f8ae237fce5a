#pragma once
// The frame every screen shares: full-screen window, header band with title, date and time,
// and a footer row for 返回 / 再听一遍 / 呼叫工作人员 / 退出.
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

// A footer button at the left or right end of the footer row, or in its middle; true when
// tapped. Labels are body text: the footer holds three buttons on the narrowest screen.
enum class FooterSide { Left, Middle, Right };
bool footerButton(UiContext& ctx, std::string_view label, FooterSide side,
                  ButtonStyle style = ButtonStyle::Plain);
// How wide the footer button with `label` is drawn.
float footerWidth(const UiContext& ctx, std::string_view label);

// Every resident screen's footer: 返回 on the left, 再听一遍 in the middle (when the screen has
// a prompt), 呼叫工作人员 on the right. A done screen (the ticket) has no 返回: it would read as
// "cancel my number"; the call-staff screen has no second call button.
// The one 好的 of a done screen (the ticket, the booking slip): centred in `column`, below
// `top` and at the latest on the content's last line; true when tapped.
bool doneButton(UiContext& ctx, const ContentArea& column, float top, float bottom);

// One line of a done screen, centred in `column` at `y`: heading size where it fits on one
// line, else body text wrapped. Returns the y below it and its gap.
float centredLine(UiContext& ctx, const ContentArea& column, float y, std::string_view words,
                  Rgb color);

// What went wrong (snap.error), centred in body text across `column` at `y`, when there is
// something; returns the y below it.
float problemLine(UiContext& ctx, const kiosk::Snapshot& snap, const ContentArea& column, float y);

struct ResidentFooter {
  bool back = true;
  bool callStaff = true;
};
void residentFooter(UiContext& ctx, const kiosk::Snapshot& snap, ResidentFooter parts = {});

}  // namespace yizhan::ui
