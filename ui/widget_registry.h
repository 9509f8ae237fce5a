#pragma once
// Where each tappable widget was drawn in the last frame, by its visible label: the headless
// harness taps by label, and tests check every target's size and spacing.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace yizhan::ui {

struct WidgetRecord {
  std::string label;
  float x, y, w, h;
  bool enabled;
  float centerX() const { return x + w / 2; }
  float centerY() const { return y + h / 2; }
};

class WidgetRegistry {
 public:
  void beginFrame() { widgets_.clear(); }
  void record(std::string_view label, float x, float y, float w, float h, bool enabled) {
    widgets_.push_back({std::string(label), x, y, w, h, enabled});
  }
  // The first widget drawn with this label.
  std::optional<WidgetRecord> find(std::string_view label) const {
    for (const auto& w : widgets_) {
      if (w.label == label) return w;
    }
    return std::nullopt;
  }
  const std::vector<WidgetRecord>& widgets() const { return widgets_; }

 private:
  std::vector<WidgetRecord> widgets_;
};

}  // namespace yizhan::ui
