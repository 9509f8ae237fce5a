#include "ui/widgets/pictograms.h"

#include "ui/widgets/drawing.h"

namespace yizhan::ui {

void drawPictogram(Pictogram kind, ImVec2 min, float size, Rgb color) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImU32 c = toImU32(color);
  float u = size / 24;  // drawn on a 24-unit grid
  float line = 1.8f * u;
  auto at = [&](float x, float y) { return ImVec2(min.x + x * u, min.y + y * u); };
  switch (kind) {
    case Pictogram::Ticket:
      // A slip with a torn-off edge and a number line.
      draw->AddRect(at(4, 2), at(20, 22), c, 1.5f * u, 0, line);
      draw->AddLine(at(7, 7), at(17, 7), c, line);
      draw->AddRectFilled(at(7, 10), at(17, 15), c, 0.8f * u);
      draw->AddLine(at(7, 18), at(13, 18), c, line);
      break;
    case Pictogram::Calendar:
      draw->AddRect(at(3, 5), at(21, 21), c, 1.5f * u, 0, line);
      draw->AddRectFilled(at(3, 5), at(21, 9), c, 1.5f * u);
      draw->AddLine(at(8, 2), at(8, 7), c, line);
      draw->AddLine(at(16, 2), at(16, 7), c, line);
      for (int row = 0; row < 2; ++row) {
        for (int col = 0; col < 3; ++col) {
          ImVec2 a = at(6.5f + col * 4.5f, 12 + row * 4.5f);
          draw->AddRectFilled(a, ImVec2(a.x + 2.5f * u, a.y + 2.5f * u), c);
        }
      }
      break;
    case Pictogram::CheckIn:
      // A sheet with a big tick: "I have booked, I am here".
      draw->AddRect(at(4, 2), at(20, 22), c, 1.5f * u, 0, line);
      draw->AddPolyline(
          std::initializer_list<ImVec2>{at(7.5f, 12.5f), at(11, 16.5f), at(17, 8)}.begin(), 3, c, 0,
          2.4f * u);
      break;
    case Pictogram::Bell:
      draw->AddBezierCubic(at(5, 18), at(6, 4), at(18, 4), at(19, 18), c, line);
      draw->AddLine(at(3, 18), at(21, 18), c, line);
      draw->AddCircleFilled(at(12, 21), 1.8f * u, c);
      draw->AddCircleFilled(at(12, 4), 1.2f * u, c);
      break;
    case Pictogram::CardOnReader:
      // The reader pad below, the card coming down onto it, an arrow showing the way.
      draw->AddRectFilled(at(2, 18), at(22, 23), c, 1.0f * u);
      draw->AddRect(at(5, 4), at(19, 13), c, 1.2f * u, 0, line);
      draw->AddCircleFilled(at(9, 8.5f), 1.8f * u, c);
      draw->AddLine(at(12.5f, 7), at(17, 7), c, 1.2f * u);
      draw->AddLine(at(12.5f, 10), at(17, 10), c, 1.2f * u);
      draw->AddTriangleFilled(at(9.5f, 14), at(14.5f, 14), at(12, 17), c);
      break;
  }
}

}  // namespace yizhan::ui
