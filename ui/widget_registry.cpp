#include "ui/widget_registry.h"

namespace yizhan::ui {

namespace {
// Drawing happens on the UI thread only.
WidgetRegistry* current = nullptr;
}  // namespace

WidgetRegistry* WidgetRegistry::drawing() {
  return current;
}

WidgetRegistry::Drawing::Drawing(WidgetRegistry& registry) {
  current = &registry;
}

WidgetRegistry::Drawing::~Drawing() {
  current = nullptr;
}

}  // namespace yizhan::ui
