#pragma once
// The waiting-room display as the window sees it.
#include "kiosk/display/display_service.h"
#include "ui/app/app_model.h"

namespace yizhan::ui {

class DisplayModel final : public AppModel {
 public:
  explicit DisplayModel(kiosk::DisplayService& display) : display_(display) {}

  FontSetup fonts() const override;
  kiosk::BackgroundWorker& worker() override { return display_.worker(); }
  const kiosk::Clock& clock() const override { return display_.clock(); }
  void draw(UiContext& ctx) override;
  void dispatch(const kiosk::Intent&) override {}  // nothing to tap
  void noteActivity() override {}
  void tick() override { display_.tick(); }
  std::uint64_t revision() const override { return display_.revision(); }
  kiosk::TimePoint nextDeadline() const override { return display_.nextDeadline(); }

 private:
  kiosk::DisplayService& display_;
};

}  // namespace yizhan::ui
