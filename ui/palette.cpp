#include "ui/palette.h"

#include <algorithm>
#include <cmath>

namespace yizhan::ui {

namespace {
double channel(std::uint8_t v) {
  double c = v / 255.0;
  return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
double luminance(Rgb c) {
  return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}
}  // namespace

double contrastRatio(Rgb a, Rgb b) {
  double la = luminance(a), lb = luminance(b);
  if (la < lb) std::swap(la, lb);
  return (la + 0.05) / (lb + 0.05);
}

const Palette& palette() {
  static const Palette p;
  return p;
}

std::vector<TextOnBackground> textPairs(const Palette& p) {
  return {
      {"body text", p.text, p.background},
      {"muted text", p.mutedText, p.background},
      {"error text", p.errorText, p.background},
      {"calm notice", p.calmText, p.background},
      {"header", p.onHeader, p.header},
      {"primary button", p.onPrimary, p.primary},
      {"urgent button", p.onUrgent, p.urgent},
      {"plain button", p.onPlain, p.plain},
      {"pressed plain button", p.onPlain, p.pressed},
      {"disabled button", p.onDisabled, p.disabled},
      {"device OK badge", p.onDevice, p.deviceOk},
      {"device warning badge", p.onDevice, p.deviceWarning},
      {"device fault badge", p.onDevice, p.deviceFault},
  };
}

double defaultDiagonalInches(int width, int height) {
  int longer = std::max(width, height), shorter = std::min(width, height);
  if (longer == 1920 && shorter == 1080) return 21.5;
  if ((longer == 1280 && shorter == 800) || (longer == 1366 && shorter == 768)) return 15.6;
  return std::hypot(width, height) / (4.03 * 25.4);
}

Metrics metricsFor(int width, int height, double diagonalInches) {
  Metrics m;
  double inches = diagonalInches > 0 ? diagonalInches : defaultDiagonalInches(width, height);
  if (width > 0 && height > 0) {
    m.pxPerMm = static_cast<float>(std::hypot(width, height) / (inches * 25.4));
  }
  m.portrait = height > width;
  return m;
}

}  // namespace yizhan::ui
