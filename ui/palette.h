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

// Sizes at 1920×1080, scaled to the screen.
struct Metrics {
  float scale = 1.0f;
  float bodyPx() const { return 40.0f * scale; }
  float headingPx() const { return 60.0f * scale; }
  float displayPx() const { return 96.0f * scale; }
  float numeralPx() const { return 220.0f * scale; }
  float minTarget() const { return 96.0f * scale; }
  float gap() const { return 24.0f * scale; }
  float minGap() const { return 16.0f * scale; }
  float margin() const { return 48.0f * scale; }
  float headerHeight() const { return 170.0f * scale; }
  float footerHeight() const { return 150.0f * scale; }
  float footerButtonWidth() const { return 300.0f * scale; }
  float footerButtonHeight() const { return 110.0f * scale; }
};

Metrics metricsFor(int width, int height);

}  // namespace yizhan::ui
