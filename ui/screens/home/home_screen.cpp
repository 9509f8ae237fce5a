#include <algorithm>
#include <string>
#include <vector>

#include "kiosk/base/fixed_days.h"
#include "kiosk/base/local_time.h"
#include "kiosk/session/home_strings.h"
#include "kiosk/staff/staff_pin_flow.h"
#include "kiosk/staff/staff_strings.h"
#include "kiosk/sync/sync_strings.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/big_button.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::HomeStr;
using kiosk::StaffStr;
using kiosk::Str;
using kiosk::SyncStr;

namespace {
constexpr size_t kNoticesShown = 2;  // more would squeeze the tiles residents came for
}

void drawHomeScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  ContentArea area = beginScreen(ctx, snap, snap.stationName);

  ImFont* heading = ctx.fonts.heading();
  float y = area.min.y + m.gap();
  drawTextCentered(heading, area.centerX(), y, p.text, ctx.t(HomeStr::HomeHint));
  y += heading->FontSize + 2 * m.gap();

  // Tiles: up to three a row, centred, as large as the space allows.
  const auto& tiles = snap.tiles;
  int count = static_cast<int>(tiles.size());
  int columns = std::min(count, 3);
  int rows = (count + columns - 1) / std::max(columns, 1);
  float tileW =
      std::min(560.0f * m.scale, (area.width() - (columns - 1) * m.gap()) / std::max(columns, 1));
  // Bottom up: the fixed-days line, the district's notices above it, the tiles in what is left.
  float dayLineY = area.max.y - ctx.fonts.body()->FontSize - m.gap();
  std::vector<std::string> notices;
  for (size_t i = 0; i < std::min<size_t>(snap.announcements.size(), kNoticesShown); ++i) {
    notices.push_back(kiosk::format(HomeStr::HomeNotice, ctx.lang, {snap.announcements[i]}));
    ctx.fonts.require(notices.back());
  }
  float noticeW = std::min(1400.0f * m.scale, area.width());
  float pad = m.gap() / 2;
  std::vector<float> noticeHeights;
  float noticesH = 0;
  for (const std::string& n : notices) {
    noticeHeights.push_back(measureText(ctx.fonts.body(), n, noticeW - 4 * pad).y + 2 * pad);
    noticesH += noticeHeights.back() + m.gap() / 2;
  }
  float noticesTop = dayLineY - m.gap() - noticesH;
  float bandBottom = (notices.empty() ? dayLineY : noticesTop) - m.gap();
  float tileH =
      std::min(300.0f * m.scale, (bandBottom - y - (rows - 1) * m.gap()) / std::max(rows, 1));
  float gridH = rows * tileH + (rows - 1) * m.gap();
  float top = std::max(y, y + (bandBottom - y - gridH) / 2);
  for (int i = 0; i < count; ++i) {
    int row = i / columns, col = i % columns;
    int inRow = std::min(columns, count - row * columns);
    float rowW = inRow * tileW + (inRow - 1) * m.gap();
    ImVec2 pos(area.centerX() - rowW / 2 + col * (tileW + m.gap()), top + row * (tileH + m.gap()));
    const kiosk::HomeTile& tile = tiles[static_cast<size_t>(i)];
    if (bigButton(
            ctx, tile.label,
            {pos, ImVec2(tileW, tileH), tile.urgent ? ButtonStyle::Urgent : ButtonStyle::Primary,
             true, ctx.fonts.display()})) {
      ctx.emit(kiosk::intent::OpenTile{tile.id});
    }
  }

  ImDrawList* draw = ImGui::GetWindowDrawList();
  float ny = noticesTop;
  for (size_t i = 0; i < notices.size(); ++i) {
    const std::string& n = notices[i];
    float h = noticeHeights[i];
    ImVec2 min(area.centerX() - noticeW / 2, ny);
    draw->AddRectFilled(min, ImVec2(min.x + noticeW, ny + h), toImU32(p.plain), 8 * m.scale);
    draw->AddRectFilled(min, ImVec2(min.x + pad / 2, ny + h), toImU32(p.header));
    drawText(ctx.fonts.body(), ImVec2(min.x + 2 * pad, ny + pad), p.text, n, noticeW - 4 * pad);
    ny += h + m.gap() / 2;
  }

  // The community's fixed days: say so on the day, otherwise remind.
  kiosk::FixedDay today = kiosk::fixedDayOf(kiosk::toLocal(snap.now).day);
  Str dayText = today == kiosk::FixedDay::PeoplesSentimentDay ? Str::FixedDayPeoples
                : today == kiosk::FixedDay::ReceptionDay      ? Str::FixedDayReception
                                                              : Str::FixedDaysNote;
  drawTextCentered(ctx.fonts.body(), area.centerX(), dayLineY,
                   today == kiosk::FixedDay::None ? p.mutedText : p.errorText, ctx.t(dayText));

  if (footerButton(ctx, ctx.t(StaffStr::StaffEntry), FooterSide::Right)) {
    ctx.emit(kiosk::intent::OpenStaffLogin{});
  }
  if (snap.error) {
    drawText(ctx.fonts.body(), ImVec2(m.margin(), ctx.height - m.footerHeight() + m.gap()),
             p.errorText, *snap.error);
  } else if (snap.homeMessage) {
    drawText(ctx.fonts.body(), ImVec2(m.margin(), ctx.height - m.footerHeight() + m.gap()), p.text,
             *snap.homeMessage);
  } else if (snap.sync.offlineMark()) {
    // Small and quiet: residents are served the same offline; staff know where to look.
    drawText(ctx.fonts.body(), ImVec2(m.margin(), ctx.height - m.footerHeight() + m.gap()),
             p.mutedText, ctx.t(SyncStr::OfflineMark));
  }
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::Home, drawHomeScreen};
}  // namespace

}  // namespace yizhan::ui
