#include <algorithm>
#include <string>
#include <vector>

#include "kiosk/appeals/appeal_flow.h"
#include "kiosk/appointments/booking_flow.h"
#include "kiosk/appointments/check_in_flow.h"
#include "kiosk/base/fixed_days.h"
#include "kiosk/base/local_time.h"
#include "kiosk/echo/echo_wall_flow.h"
#include "kiosk/queue/take_number_flow.h"
#include "kiosk/requests/errand_flow.h"
#include "kiosk/session/home_strings.h"
#include "kiosk/staff/call_staff_flow.h"
#include "kiosk/staff/staff_pin_flow.h"
#include "kiosk/staff/staff_strings.h"
#include "kiosk/sync/sync_strings.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/big_button.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/hold_mark.h"
#include "ui/widgets/pictograms.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::HomeStr;
using kiosk::StaffStr;
using kiosk::Str;
using kiosk::SyncStr;

namespace {
constexpr size_t kNoticesShown = 2;  // more would squeeze the tiles residents came for

std::optional<Pictogram> pictogramOf(const kiosk::TileId& id) {
  if (id == kiosk::tiles::TakeNumber) return Pictogram::Ticket;
  if (id == kiosk::tiles::Appointment) return Pictogram::Calendar;
  if (id == kiosk::tiles::CheckIn) return Pictogram::CheckIn;
  if (id == kiosk::tiles::CallStaff) return Pictogram::Bell;
  if (id == kiosk::tiles::Errand) return Pictogram::Helping;
  if (id == kiosk::tiles::Appeal) return Pictogram::Speaking;
  if (id == kiosk::tiles::EchoWallTile) return Pictogram::EchoWall;
  return std::nullopt;
}

struct Rect {
  ImVec2 min, max;
  float w() const { return max.x - min.x; }
  float h() const { return max.y - min.y; }
};

// One tile: pictogram on the left, its words and the line that says what it is for. The
// largest font that fits with that line (it is what tells 预约办事 from 预约签到), never below
// body text; without the line only where it cannot fit at all.
void drawTile(UiContext& ctx, const kiosk::HomeTile& tile, const Rect& r, bool first) {
  const Metrics& m = ctx.metrics;
  ImFont* fonts[] = {first ? ctx.fonts.display() : ctx.fonts.heading(), ctx.fonts.heading(),
                     ctx.fonts.body()};
  std::optional<Pictogram> picture = pictogramOf(tile.id);
  float icon = picture ? std::min(r.h() - 2 * m.px(4.0f), m.px(first ? 30.0f : 20.0f)) : 0;
  float pad = m.px(4.0f);
  float room = r.w() - icon - 3 * pad;
  ImFont* body = ctx.fonts.body();
  ImFont* label = nullptr;
  bool withDetail = false;
  bool detailFitsAcross = !tile.detail.empty() && measureText(body, tile.detail).x <= room;
  for (ImFont* f : fonts) {
    if (detailFitsAcross && measureText(f, tile.label).x <= room &&
        f->FontSize + m.px(3.0f) + body->FontSize <= r.h() - m.px(4.0f)) {
      label = f;
      withDetail = true;
      break;
    }
  }
  for (ImFont* f : fonts) {
    if (label) break;
    if (measureText(f, tile.label).x <= room && f->FontSize <= r.h() - 2 * pad) label = f;
  }
  if (!label) label = body;
  ButtonSpec spec{r.min, ImVec2(r.w(), r.h()),
                  tile.urgent ? ButtonStyle::Urgent : ButtonStyle::Primary, true, label};
  if (withDetail) spec.detail = tile.detail;
  spec.iconWidth = icon ? icon + pad : 0;
  ctx.fonts.require(tile.detail);
  if (bigButton(ctx, tile.label, spec)) ctx.emit(kiosk::intent::OpenTile{tile.id});
  if (picture) {
    const Palette& p = palette();
    drawPictogram(*picture, ImVec2(r.min.x + pad * 1.5f, r.min.y + (r.h() - icon) / 2), icon,
                  tile.urgent ? p.onUrgent : p.onPrimary);
  }
}
}  // namespace

// Landscape: at most this many tiles stacked beside the first, each tall enough for its
// second line.
constexpr int kMostStacked = 3;

void drawHomeScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  ContentArea area = beginScreen(ctx, snap, snap.stationName);
  ImFont* body = ctx.fonts.body();
  ImFont* heading = ctx.fonts.heading();

  // What the layout needs room for: the tiles first. The reminder of the fixed days goes, and
  // the top line drops to body text, before a tile would shrink below its size.
  // Residents' tiles fill the screen; one for the station's regulars (volunteers) sits small in
  // the footer, so the residents' tiles keep the lines that tell them apart.
  std::vector<kiosk::HomeTile> tiles;
  const kiosk::HomeTile* regulars = nullptr;
  for (const kiosk::HomeTile& t : snap.tiles) {
    if (!t.regulars) {
      tiles.push_back(t);
    } else if (!regulars) {
      regulars = &t;
    }
  }
  int others = std::max(0, static_cast<int>(tiles.size()) - 1);
  float tileMin = m.px(30.0f);
  float tilesNeed =
      m.portrait ? m.px(60.0f) + others * (tileMin + m.gap()) : others * (tileMin + m.gap());

  std::string_view topLine = ctx.t(HomeStr::HomeHint);
  Rgb topColor = p.calmText;
  if (snap.error) {
    topLine = *snap.error;
    topColor = p.errorText;
  } else if (snap.homeMessage) {
    topLine = *snap.homeMessage;
  }
  ctx.fonts.require(topLine);
  kiosk::FixedDay today = kiosk::fixedDayOf(kiosk::toLocal(snap.now).day);
  Str dayText = today == kiosk::FixedDay::PeoplesSentimentDay ? Str::FixedDayPeoples
                : today == kiosk::FixedDay::ReceptionDay      ? Str::FixedDayReception
                                                              : Str::FixedDaysNote;
  float dayH = measureText(body, ctx.t(dayText), area.width()).y + m.gap();
  ImFont* topFont = measureText(heading, topLine).x <= area.width() ? heading : body;
  auto topH = [&] { return measureText(topFont, topLine, area.width()).y + m.gap(); };
  bool dayShown = true;
  if (area.height() - topH() - dayH < tilesNeed && today == kiosk::FixedDay::None) {
    dayShown = false;
    dayH = 0;
  }
  if (area.height() - topH() - dayH < tilesNeed) topFont = body;

  // Top: where to start, or the answer to what the resident just did (a card, a scan).
  float y = area.min.y;
  y += drawTextCentered(topFont, area.centerX(), y, topColor, topLine, area.width()).y + m.gap();

  // Bottom up: the fixed-days line, the district's notices while the tiles keep their room.
  float dayLineY = area.max.y - dayH + m.gap() - m.minGap();
  float noticeW = std::min(m.px(340.0f), area.width());
  float pad = m.gap() / 2;
  std::vector<std::string> notices;
  std::vector<float> noticeHeights;
  float noticesH = 0;
  for (size_t i = 0; i < std::min<size_t>(snap.announcements.size(), kNoticesShown); ++i) {
    std::string n = kiosk::format(HomeStr::HomeNotice, ctx.lang, {snap.announcements[i]});
    ctx.fonts.require(n);
    float h = measureText(body, n, noticeW - 4 * pad).y + 2 * pad;
    if (dayLineY - m.gap() - (noticesH + h + m.gap() / 2) - m.gap() - y < tilesNeed) break;
    notices.push_back(n);
    noticeHeights.push_back(h);
    noticesH += h + m.gap() / 2;
  }
  float noticesTop = dayLineY - m.gap() - noticesH;
  float bandBottom = (notices.empty() ? dayLineY : noticesTop) - m.gap();

  // The tiles: the first (取号排队) largest and first; the others beside it (landscape) or
  // beneath it (portrait), one above another.
  if (!tiles.empty()) {
    Rect band{ImVec2(area.min.x, y), ImVec2(area.max.x, bandBottom)};
    Rect big = band, rest = band;
    if (others == 0) {
      rest = {};
    } else if (m.portrait) {
      float bigH = std::max(m.px(60.0f), band.h() - others * (m.px(38.0f) + m.gap()));
      big.max.y = band.min.y + std::min(bigH, band.h() * 0.45f);
      rest.min.y = big.max.y + m.gap();
    } else {
      big.max.x = band.min.x + band.w() * 0.46f;
      rest.min.x = big.max.x + m.gap();
    }
    float each = (rest.h() - (others - 1) * m.gap()) / std::max(others, 1);
    each = std::min(each, m.px(55.0f));
    if (!m.portrait && (others >= kMostStacked + 1 || each < m.minTarget())) {
      // Too many to stack beside the first with the lines that tell them apart (or at their
      // size, on a short panel): every tile the same, two a row — three where two a row would
      // make them shorter than a touch target — the first still first; a short last row
      // centred.
      int n = static_cast<int>(tiles.size());
      int columns = 2;
      auto rowsOf = [&](int c) { return (n + c - 1) / c; };
      auto heightOf = [&](int c) {
        int rows = rowsOf(c);
        return std::min((band.h() - (rows - 1) * m.gap()) / rows, m.px(55.0f));
      };
      if (heightOf(2) < m.minTarget()) columns = 3;
      int rows = rowsOf(columns);
      float w = (band.w() - (columns - 1) * m.gap()) / columns;
      float h = heightOf(columns);
      float top = band.min.y + (band.h() - (rows * h + (rows - 1) * m.gap())) / 2;
      int lastRow = n - (rows - 1) * columns;  // how many the last row holds
      for (int i = 0; i < n; ++i) {
        int row = i / columns, col = i % columns;
        int inRow = row == rows - 1 ? lastRow : columns;
        float rowLeft = band.min.x + (band.w() - (inRow * w + (inRow - 1) * m.gap())) / 2;
        float x = rowLeft + col * (w + m.gap());
        float ty = top + row * (h + m.gap());
        drawTile(ctx, tiles[static_cast<size_t>(i)], {ImVec2(x, ty), ImVec2(x + w, ty + h)},
                 i == 0);
      }
    } else {
      drawTile(ctx, tiles[0], big, true);
      float top = rest.min.y + (rest.h() - (others * each + (others - 1) * m.gap())) / 2;
      for (int i = 0; i < others; ++i) {
        float ty = top + i * (each + m.gap());
        drawTile(ctx, tiles[static_cast<size_t>(i + 1)],
                 {ImVec2(rest.min.x, ty), ImVec2(rest.max.x, ty + each)}, false);
      }
    }
  }

  ImDrawList* draw = ImGui::GetWindowDrawList();
  float ny = noticesTop;
  for (size_t i = 0; i < notices.size(); ++i) {
    const std::string& n = notices[i];
    float h = noticeHeights[i];
    ImVec2 min(area.centerX() - noticeW / 2, ny);
    draw->AddRectFilled(min, ImVec2(min.x + noticeW, ny + h), toImU32(p.plain), m.rounding());
    draw->AddRectFilled(min, ImVec2(min.x + pad / 2, ny + h), toImU32(p.header));
    drawText(body, ImVec2(min.x + 2 * pad, ny + pad), p.text, n, noticeW - 4 * pad);
    ny += h + m.gap() / 2;
  }
  // The community's fixed days: say so on the day, otherwise remind (where there is room).
  if (dayShown) {
    drawTextCentered(body, area.centerX(), dayLineY,
                     today == kiosk::FixedDay::None ? p.mutedText : p.errorText, ctx.t(dayText),
                     area.width());
  }

  residentFooter(ctx, snap, {false, false});
  if (regulars && footerButton(ctx, regulars->label, FooterSide::Right)) {
    ctx.emit(kiosk::intent::OpenTile{regulars->id});
  }
  // Staff: a small mark in the bottom-left corner, held two seconds. Far from the tiles and
  // from 再听一遍, so nobody looking for help opens a PIN pad.
  float mark = m.px(12.0f);
  if (holdMark(ctx, ctx.t(StaffStr::StaffEntry), ImVec2(m.px(3.0f), ctx.height - mark - m.px(3.0f)),
               mark)) {
    ctx.emit(kiosk::intent::OpenStaffLogin{});
  }
  if (snap.sync.offlineMark()) {
    // Quiet: residents are served the same offline; staff know where to look.
    std::string_view offline = ctx.t(SyncStr::OfflineMark);
    // Beside the staff mark: the footer's right end is the volunteers' button.
    drawText(body,
             ImVec2(m.px(3.0f) + mark + m.gap(),
                    ctx.height - m.footerHeight() + (m.footerHeight() - body->FontSize) / 2),
             p.mutedText, offline);
  }
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::Home, drawHomeScreen};
}  // namespace

}  // namespace yizhan::ui
