#include <string>
#include <vector>

#include "kiosk/requests/request_strings.h"
#include "kiosk/requests/staff_errand_flow.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/choice_grid.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::ReqStr;

// The staff's lists at the kiosk, one cell each with how many it holds: open, due today,
// overdue, untaken, to call back, then each grid and each errand; overdue and untaken stand
// out while they hold any.
void drawStaffErrandListsScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Metrics& m = ctx.metrics;
  const auto& part = snap.part<kiosk::StaffErrandPart>();
  ContentArea area = beginScreen(ctx, snap, ctx.t(ReqStr::StaffListsTitle));
  float y = area.min.y;
  y = problemLine(ctx, snap, area, y);
  std::vector<ChoiceCell> cells;
  for (const kiosk::StaffErrandListView& l : part.lists) {
    std::string count = l.count >= 100 ? "100+" : std::to_string(l.count);
    // One line a cell: fourteen lists fit on a 1280×800 screen without a page.
    cells.push_back({kiosk::format(ReqStr::StaffListCount, ctx.lang, {l.name, count}), "", true,
                     l.urgent ? ButtonStyle::Urgent : ButtonStyle::Plain});
  }
  GridSpec grid{ImVec2(area.min.x, y),
                area.max,
                m.portrait ? 2 : 4,
                ImVec2(m.px(180.0f), m.px(40.0f)),
                ImVec2(m.px(110.0f), m.px(30.0f)),
                ctx.fonts.body(),
                "staff-errand-lists"};
  int tapped = choiceGrid(ctx, cells, grid);
  if (tapped >= 0) ctx.emit(kiosk::intent::ChooseStaffErrandList{tapped});
  if (footerButton(ctx, ctx.t(kiosk::Str::Back), FooterSide::Left)) ctx.emit(kiosk::intent::Back{});
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::StaffErrandLists,
                                                      drawStaffErrandListsScreen};
}  // namespace

}  // namespace yizhan::ui
