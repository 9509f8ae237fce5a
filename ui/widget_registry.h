#pragma once
// Where each tappable widget and each run of text was drawn in the last frame: the headless
// harness taps by label, and the audits measure every target and every text against the
// pixels drawn.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ui/palette.h"

namespace yizhan::ui {

// A button is tapped; a hold mark opens only when held (the staff entry), and is small on
// purpose: the audits hold buttons to the target sizes, not it.
enum class WidgetKind { Button, Hold };

struct WidgetRecord {
  std::string label;
  float x, y, w, h;
  bool enabled;
  WidgetKind kind = WidgetKind::Button;
  float centerX() const { return x + w / 2; }
  float centerY() const { return y + h / 2; }
};

// A run of text as drawn: its words, the font (FontLibrary tells which role), the box it was
// laid out in, and its colour.
struct TextRecord {
  std::string text;
  const void* font;
  float x, y, w, h;
  Rgb color;
};

class WidgetRegistry {
 public:
  void beginFrame() {
    widgets_.clear();
    texts_.clear();
  }
  void record(std::string_view label, float x, float y, float w, float h, bool enabled,
              WidgetKind kind = WidgetKind::Button) {
    widgets_.push_back({std::string(label), x, y, w, h, enabled, kind});
  }
  // The first widget drawn with this label.
  std::optional<WidgetRecord> find(std::string_view label) const {
    for (const auto& w : widgets_) {
      if (w.label == label) return w;
    }
    return std::nullopt;
  }
  const std::vector<WidgetRecord>& widgets() const { return widgets_; }

  void recordText(std::string_view text, const void* font, float x, float y, float w, float h,
                  Rgb color) {
    texts_.push_back({std::string(text), font, x, y, w, h, color});
  }
  const std::vector<TextRecord>& texts() const { return texts_; }

  // The registry of the frame being drawn, for the drawing helpers that have no context (text
  // runs); null outside a frame.
  static WidgetRegistry* drawing();
  class Drawing {  // makes `registry` the one being drawn, for a scope
   public:
    explicit Drawing(WidgetRegistry& registry);
    ~Drawing();
    Drawing(const Drawing&) = delete;
    Drawing& operator=(const Drawing&) = delete;
  };

 private:
  std::vector<WidgetRecord> widgets_;
  std::vector<TextRecord> texts_;
};

}  // namespace yizhan::ui
