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

// One of the staff's lists: a cell for each request (the errand and by when; its state, the
// resident masked, the grid and what matters), paged; a tap opens one.
void drawStaffErrandListScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  const auto& part = snap.part<kiosk::StaffErrandPart>();
  std::string title = static_cast<size_t>(part.list) < part.lists.size()
                          ? part.lists[static_cast<size_t>(part.list)].name
                          : std::string(ctx.t(ReqStr::StaffListsTitle));
  ContentArea area = beginScreen(ctx, snap, title);
  float y = area.min.y;
  y = problemLine(ctx, snap, area, y);
  if (part.lines.empty()) {
    drawTextCentered(ctx.fonts.heading(), area.centerX(), y + m.gap(), p.text,
                     ctx.t(ReqStr::StaffListNone), area.width());
  }
  std::vector<ChoiceCell> cells;
  for (const kiosk::VolunteerErrandLine& l : part.lines) {
    std::string detail = l.stateWords + " · " + l.residentMasked;
    if (!l.gridName.empty()) detail += " · " + l.gridName;
    if (l.homeVisit) detail += " · " + std::string(ctx.t(ReqStr::HomeVisit));
    if (l.overdue) detail += " · " + std::string(ctx.t(ReqStr::VolOverdue));
    cells.push_back({l.errandName + " · " + l.dueLabel, detail, true,
                     l.overdue ? ButtonStyle::Urgent
                               : (l.priority ? ButtonStyle::Primary : ButtonStyle::Plain)});
  }
  GridSpec grid{ImVec2(area.min.x, y),
                area.max,
                m.portrait ? 1 : 2,
                ImVec2(m.px(300.0f), m.px(44.0f)),
                ImVec2(m.px(150.0f), m.px(32.0f)),
                ctx.fonts.body(),
                "staff-errand-list"};
  int tapped = choiceGrid(ctx, cells, grid);
  if (tapped >= 0)
    ctx.emit(kiosk::intent::ChooseStaffErrand{part.lines[static_cast<size_t>(tapped)].id});
  if (footerButton(ctx, ctx.t(kiosk::Str::Back), FooterSide::Left)) ctx.emit(kiosk::intent::Back{});
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::StaffErrandList,
                                                      drawStaffErrandListScreen};
}  // namespace

}  // namespace yizhan::ui
