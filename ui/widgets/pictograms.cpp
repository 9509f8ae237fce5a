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
    case Pictogram::Helping:
      // A heart held up by two open hands.
      draw->AddCircleFilled(at(9.5f, 6.5f), 3.0f * u, c);
      draw->AddCircleFilled(at(14.5f, 6.5f), 3.0f * u, c);
      draw->AddTriangleFilled(at(6.6f, 7.6f), at(17.4f, 7.6f), at(12, 14), c);
      draw->AddPolyline(
          std::initializer_list<ImVec2>{at(2, 13), at(5, 19), at(11, 21), at(11, 17)}.begin(), 4, c,
          0, line);
      draw->AddPolyline(
          std::initializer_list<ImVec2>{at(22, 13), at(19, 19), at(13, 21), at(13, 17)}.begin(), 4,
          c, 0, line);
      break;
    case Pictogram::Utilities:
      // A bill with a lightning bolt (electricity) and a drop (water).
      draw->AddRect(at(3, 2), at(17, 22), c, 1.2f * u, 0, line);
      draw->AddTriangleFilled(at(10, 5), at(6, 12), at(10, 12), c);
      draw->AddTriangleFilled(at(8.5f, 11), at(12.5f, 11), at(8.5f, 18), c);
      draw->AddCircleFilled(at(19.5f, 17), 2.6f * u, c);
      draw->AddTriangleFilled(at(19.5f, 10.5f), at(17.1f, 16), at(21.9f, 16), c);
      break;
    case Pictogram::Medicine:
      // A medicine box with a cross.
      draw->AddRect(at(3, 6), at(21, 21), c, 1.5f * u, 0, line);
      draw->AddLine(at(8, 3), at(16, 3), c, line);
      draw->AddLine(at(8, 3), at(8, 6), c, line);
      draw->AddLine(at(16, 3), at(16, 6), c, line);
      draw->AddRectFilled(at(10.5f, 9), at(13.5f, 18), c);
      draw->AddRectFilled(at(7.5f, 12), at(16.5f, 15), c);
      break;
    case Pictogram::Pension:
      // A certificate with a seal: the yearly proof of being alive for the pension.
      draw->AddRect(at(3, 3), at(21, 18), c, 1.2f * u, 0, line);
      draw->AddLine(at(6, 7), at(18, 7), c, line);
      draw->AddLine(at(6, 11), at(14, 11), c, line);
      draw->AddCircleFilled(at(17, 18), 3.2f * u, c);
      draw->AddTriangleFilled(at(14.5f, 20), at(16.5f, 20), at(15, 23.5f), c);
      draw->AddTriangleFilled(at(17.5f, 20), at(19.5f, 20), at(19, 23.5f), c);
      break;
    case Pictogram::Subsidy:
      // An envelope of money (红包) with a coin.
      draw->AddRect(at(4, 2), at(20, 22), c, 1.5f * u, 0, line);
      draw->AddPolyline(std::initializer_list<ImVec2>{at(4, 7), at(12, 11), at(20, 7)}.begin(), 3,
                        c, 0, line);
      draw->AddCircle(at(12, 16), 3.2f * u, c, 0, line);
      draw->AddLine(at(12, 14.2f), at(12, 17.8f), c, 1.2f * u);
      break;
    case Pictogram::Repair:
      // A wrench, corner to corner.
      draw->AddLine(at(6, 19), at(15, 9), c, 3.0f * u);
      draw->AddCircle(at(17, 7), 3.6f * u, c, 0, 2.0f * u);
      draw->AddCircleFilled(at(6, 19), 2.0f * u, c);
      break;
    case Pictogram::Shopping:
      // A shopping basket.
      draw->AddPolyline(
          std::initializer_list<ImVec2>{at(3, 10), at(6, 21), at(18, 21), at(21, 10)}.begin(), 4, c,
          ImDrawFlags_Closed, line);
      draw->AddLine(at(2, 10), at(22, 10), c, line);
      draw->AddBezierCubic(at(7, 10), at(7, 3), at(17, 3), at(17, 10), c, line);
      draw->AddLine(at(9, 13), at(9, 18), c, 1.2f * u);
      draw->AddLine(at(12, 13), at(12, 18), c, 1.2f * u);
      draw->AddLine(at(15, 13), at(15, 18), c, 1.2f * u);
      break;
    case Pictogram::OtherErrand:
      // A telephone handset: staff will call about it.
      draw->AddBezierCubic(at(5, 4), at(3, 12), at(10, 20), at(19, 20), c, 3.0f * u);
      draw->AddRectFilled(at(3, 2), at(8, 6.5f), c, 1.2f * u);
      draw->AddRectFilled(at(17, 17), at(21.5f, 22), c, 1.2f * u);
      break;
    case Pictogram::Speaking:
      // A speech bubble with three dots: "tell us".
      draw->AddRect(at(2, 3), at(22, 16), c, 3.0f * u, 0, line);
      draw->AddTriangleFilled(at(6, 15), at(11, 15), at(5, 21), c);
      for (float x : {7.5f, 12.0f, 16.5f}) draw->AddCircleFilled(at(x, 9.5f), 1.6f * u, c);
      break;
    case Pictogram::EchoWall:
      // A notice board on its two legs, a tick on it: "this was done".
      draw->AddRect(at(2, 3), at(22, 16), c, 1.5f * u, 0, line);
      draw->AddLine(at(6, 16), at(5, 22), c, line);
      draw->AddLine(at(18, 16), at(19, 22), c, line);
      draw->AddPolyline(
          std::initializer_list<ImVec2>{at(7, 9.5f), at(10.5f, 13), at(17, 6)}.begin(), 3, c, 0,
          line);
      break;
    case Pictogram::Sanitation:
      // A rubbish bin with its lid.
      draw->AddLine(at(3, 6), at(21, 6), c, line);
      draw->AddLine(at(9, 3), at(15, 3), c, line);
      draw->AddPolyline(
          std::initializer_list<ImVec2>{at(5, 6), at(7, 22), at(17, 22), at(19, 6)}.begin(), 4, c,
          0, line);
      draw->AddLine(at(10, 10), at(10.5f, 18), c, 1.2f * u);
      draw->AddLine(at(14, 10), at(13.5f, 18), c, 1.2f * u);
      break;
    case Pictogram::Property:
      // A block of flats with its windows.
      draw->AddRect(at(5, 3), at(19, 22), c, 1.0f * u, 0, line);
      for (int row = 0; row < 3; ++row) {
        for (int col = 0; col < 2; ++col) {
          ImVec2 a = at(8 + col * 5.5f, 6 + row * 4.5f);
          draw->AddRectFilled(a, ImVec2(a.x + 2.5f * u, a.y + 2.5f * u), c);
        }
      }
      draw->AddRectFilled(at(10.5f, 18), at(13.5f, 22), c);
      break;
    case Pictogram::Parking:
      // A car seen from the side.
      draw->AddPolyline(std::initializer_list<ImVec2>{at(2, 16), at(3, 11), at(7, 10), at(9, 6),
                                                      at(16, 6), at(19, 10), at(22, 11), at(22, 16)}
                            .begin(),
                        8, c, ImDrawFlags_Closed, line);
      draw->AddCircleFilled(at(7, 17), 2.6f * u, c);
      draw->AddCircleFilled(at(17, 17), 2.6f * u, c);
      draw->AddLine(at(12.5f, 6.5f), at(12.5f, 10), c, 1.2f * u);
      break;
    case Pictogram::Noise:
      // A loudspeaker with sound waves.
      draw->AddRectFilled(at(2, 9), at(6, 15), c);
      draw->AddTriangleFilled(at(5, 12), at(12, 4), at(12, 20), c);
      draw->AddBezierQuadratic(at(15, 8), at(18, 12), at(15, 16), c, line);
      draw->AddBezierQuadratic(at(18, 5), at(23, 12), at(18, 19), c, line);
      break;
    case Pictogram::Facility:
      // A street lamp.
      draw->AddLine(at(9, 22), at(15, 22), c, line);
      draw->AddLine(at(12, 22), at(12, 6), c, line);
      draw->AddBezierQuadratic(at(12, 6), at(12, 3), at(17, 3), c, line);
      draw->AddTriangleFilled(at(14, 5), at(21, 5), at(17.5f, 9), c);
      draw->AddLine(at(15, 11), at(14, 13), c, 1.2f * u);
      draw->AddLine(at(20, 11), at(21, 13), c, 1.2f * u);
      break;
    case Pictogram::Neighbours:
      // Two people side by side.
      draw->AddCircleFilled(at(7.5f, 7), 3.0f * u, c);
      draw->AddCircleFilled(at(16.5f, 7), 3.0f * u, c);
      draw->AddBezierCubic(at(2, 21), at(2, 12), at(13, 12), at(13, 21), c, line);
      draw->AddBezierCubic(at(11, 21), at(11, 12), at(22, 12), at(22, 21), c, line);
      break;
  }
}

Pictogram appealPictogram(std::string_view id) {
  if (id == "sanitation") return Pictogram::Sanitation;
  if (id == "property") return Pictogram::Property;
  if (id == "parking") return Pictogram::Parking;
  if (id == "noise") return Pictogram::Noise;
  if (id == "facility") return Pictogram::Facility;
  if (id == "neighbours") return Pictogram::Neighbours;
  return Pictogram::OtherErrand;
}

Pictogram errandPictogram(std::string_view id) {
  if (id == "utilities") return Pictogram::Utilities;
  if (id == "medicine") return Pictogram::Medicine;
  if (id == "pension") return Pictogram::Pension;
  if (id == "subsidy") return Pictogram::Subsidy;
  if (id == "repair") return Pictogram::Repair;
  if (id == "shopping") return Pictogram::Shopping;
  return Pictogram::OtherErrand;
}

}  // namespace yizhan::ui
