#pragma once
// Colours and sizes for elderly users (DESIGN.md §2), as plain values with no ImGui, so tests
// can check contrast ratios and sizes directly.
#include <cstdint>
#include <string_view>
#include <vector>

namespace yizhan::ui {

struct Rgb {
  std::uint8_t r, g, b;
  bool operator==(const Rgb&) const = default;
};

// WCAG 2 contrast ratio between two colours, 1 to 21.
double contrastRatio(Rgb a, Rgb b);

struct Palette {
  Rgb background{0xF7, 0xF3, 0xEC};  // warm paper
  Rgb text{0x1A, 0x1A, 0x1A};
  Rgb mutedText{0x3D, 0x3D, 0x3D};
  Rgb header{0x7A, 0x15, 0x15};  // party red, dark enough for white text
  Rgb onHeader{0xFF, 0xFF, 0xFF};
  Rgb primary{0x0B, 0x3D, 0x91};
  Rgb onPrimary{0xFF, 0xFF, 0xFF};
  Rgb urgent{0x9E, 0x1C, 0x1C};
  Rgb onUrgent{0xFF, 0xFF, 0xFF};
  Rgb plain{0xFF, 0xFF, 0xFF};  // secondary buttons and keypad keys
  Rgb onPlain{0x1A, 0x1A, 0x1A};
  Rgb plainBorder{0x5A, 0x5A, 0x5A};
  Rgb pressed{0xDD, 0xE6, 0xF5};
  Rgb disabled{0xD9, 0xD4, 0xCC};
  Rgb onDisabled{0x33, 0x33, 0x33};
  Rgb errorText{0x8B, 0x00, 0x00};  // only what went wrong
  Rgb calmText{0x0B, 0x3D, 0x91};   // what a resident should know: when to come back, their number
  // Device badges in the staff menu, white text on each.
  Rgb deviceOk{0x17, 0x57, 0x2A};
  Rgb deviceWarning{0x70, 0x48, 0x00};
  Rgb deviceFault{0x9E, 0x1C, 0x1C};
  Rgb onDevice{0xFF, 0xFF, 0xFF};
};

const Palette& palette();

struct TextOnBackground {
  std::string_view what;
  Rgb text, background;
};
// Every text/background pair the screens use, for the contrast test.
std::vector<TextOnBackground> textPairs(const Palette& p);

// Sizes in millimetres on the panel (DESIGN.md §2), turned into pixels by the panel's pitch:
// a 15.6″ 1280×800 panel has about the pixels per millimetre of a 21.5″ 1080p one, so the same
// finger gets the same target on both; a smaller screen shows fewer things, never smaller ones.
struct Metrics {
  float pxPerMm = 4.03f;
  bool portrait = false;

  // Noto Sans CJK draws a Chinese character 0.58 to 0.62 of its font size tall (measured by
  // the screen audit); fonts are asked for by the ink they must draw, with this a little low
  // so the ink comes out at or above the goal.
  static constexpr float kInkPerFontSize = 0.57f;
  // The goals, a little above the rules so rounding never drops below them.
  static constexpr float kBodyInkMm = 9.5f;      // rule: ≥ 9 mm
  static constexpr float kHeadingInkMm = 14.5f;  // rule: ≥ 14 mm
  static constexpr float kTargetMm = 25.0f;      // rule: ≥ 24 × 24 mm
  static constexpr float kGapMm = 4.5f;          // rule: ≥ 4 mm between targets

  float px(float mm) const { return mm * pxPerMm; }
  float fontForInk(float inkMm) const { return px(inkMm) / kInkPerFontSize; }
  float bodyPx() const { return fontForInk(kBodyInkMm); }
  float headingPx() const { return fontForInk(kHeadingInkMm); }
  float displayPx() const { return fontForInk(18.0f); }
  float numeralPx() const { return px(58.0f); }  // digits' ink is about 0.72 of this
  float minTarget() const { return px(kTargetMm); }
  float minGap() const { return px(kGapMm); }
  float gap() const { return px(6.0f); }
  float margin() const { return px(9.0f); }
  float rounding() const { return px(4.0f); }
  float headerHeight() const { return headingPx() * 1.2f; }
  float footerButtonHeight() const { return px(27.0f); }
  float footerHeight() const { return footerButtonHeight() + 2 * px(3.0f); }
  // Relative to the 21.5″ 1080p panel: for the waiting-room display, which is read from across
  // the room and sized to its screen.
  float scale() const { return pxPerMm / 4.03f; }
};

// The diagonal a panel of this resolution most likely has, in inches: 21.5″ for 1920×1080
// either way up, 15.6″ for 1280×800 and 1366×768, else the pitch of a 21.5″ 1080p panel.
double defaultDiagonalInches(int width, int height);
// `diagonalInches` 0: the default for the resolution.
Metrics metricsFor(int width, int height, double diagonalInches = 0);

}  // namespace yizhan::ui
