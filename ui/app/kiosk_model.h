#pragma once
// The kiosk as the window sees it: the station's session and its screens.
#include "kiosk/station.h"
#include "ui/app/app_model.h"

namespace yizhan::ui {

class KioskModel final : public AppModel {
 public:
  explicit KioskModel(kiosk::Station& station) : station_(station) {}

  FontSetup fonts() const override;
  kiosk::BackgroundWorker& worker() override { return station_.worker(); }
  const kiosk::Clock& clock() const override { return station_.clock(); }
  void draw(UiContext& ctx) override;
  void dispatch(const kiosk::Intent& intent) override { station_.session().dispatch(intent); }
  void noteActivity() override { station_.session().noteActivity(); }
  void tick() override { station_.session().tick(); }
  std::uint64_t revision() const override { return station_.session().revision(); }
  kiosk::TimePoint nextDeadline() const override { return station_.session().nextDeadline(); }
  std::string_view screenName() const override { return station_.session().snapshot().screen.name; }

 private:
  kiosk::Station& station_;
};

}  // namespace yizhan::ui
