// The accessibility audit's figures (issue 14): drives a headless kiosk through every resident
// screen (and the staff screens, for target sizes) at 1920×1080, 1280×800 and portrait
// 1080×1920, and prints, per screen, what is drawn: the smallest ink height of Chinese body
// text and of headings, the smallest touch target and gap, and the lowest text contrast, in
// pixels and in millimetres on the panel the size stands for (21.5″ 1080p, 15.6″ 1280×800).
// Usage: yizhan_screen_audit [out-dir-for-screenshots]
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <limits>
#include <string>
#include <thread>

#include "kiosk/appointments/booking_flow.h"
#include "kiosk/appointments/check_in_flow.h"
#include "kiosk/base/local_time.h"
#include "kiosk/queue/counter_desk_flow.h"
#include "kiosk/queue/queue_stats_flow.h"
#include "kiosk/queue/take_number_flow.h"
#include "kiosk/residents/priority_register_flow.h"
#include "kiosk/staff/call_staff_flow.h"
#include "kiosk/staff/staff_pin_flow.h"
#include "ui/app/headless_kiosk.h"
#include "ui/audit/screen_audit.h"

using namespace yizhan;
namespace screens = kiosk::screens;
namespace intent = kiosk::intent;

namespace {
struct Size {
  int w, h;
  double inches;
  double pxPerMm() const { return std::hypot(w, h) / (inches * 25.4); }
};

constexpr double kNone = std::numeric_limits<double>::infinity();

struct Figures {
  double bodyInk = kNone, headingInk = kNone, target = kNone, gap = kNone, contrast = kNone;
};

Figures figuresOf(const ui::ScreenMeasure& m) {
  Figures f;
  for (const auto& t : m.texts) {
    if (!t.chinese || t.inkPx <= 0) continue;
    if (t.role == ui::TextRole::Body) f.bodyInk = std::min<double>(f.bodyInk, t.inkPx);
    if (t.role == ui::TextRole::Heading) f.headingInk = std::min<double>(f.headingInk, t.inkPx);
    if (t.contrast > 0) f.contrast = std::min(f.contrast, t.contrast);
  }
  for (const auto& t : m.targets) {
    f.target = std::min<double>(f.target, std::min(t.w, t.h));
    f.gap = std::min<double>(f.gap, t.gapPx);
  }
  return f;
}

std::string figure(double px, double pxPerMm) {
  if (px > 1e6) return "null";  // nothing of the kind on the screen
  char out[64];
  std::snprintf(out, sizeof out, "[%.0f, %.1f]", px, px / pxPerMm);
  return out;
}

class Tour {
 public:
  Tour(const Size& size, const std::filesystem::path& dir, const std::filesystem::path& shots)
      : size_(size),
        shots_(shots),
        kiosk_(ui::HeadlessOptions{kiosk::Config{}, dir, kiosk::fromEpochSeconds(1795483800),
                                   size.w, size.h}) {}

  void send(const kiosk::Intent& i) {
    kiosk_.station().session().dispatch(i);
    kiosk_.settle();
  }
  template <typename Done>
  void until(Done done) {
    for (int i = 0; i < 200 && !done(); ++i) {
      kiosk_.settle();
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  }
  void measure(bool first) {
    ui::KioskApp& app = kiosk_.app();
    ui::Frame frame = app.grabFrame();
    Figures f = figuresOf(ui::measureScreen(frame, app.widgets(), ui::FontRoles::of(app.fonts())));
    double k = size_.pxPerMm();
    std::string name(kiosk_.screen().name);
    std::printf(
        "%s    {\"screen\": \"%s\", \"resident\": %s, \"body_ink\": %s, \"heading_ink\": %s, "
        "\"target\": %s, \"gap\": %s, \"contrast\": %.1f}",
        first ? "" : ",\n", name.c_str(),
        kiosk::isResidentScreen(kiosk_.screen()) ? "true" : "false", figure(f.bodyInk, k).c_str(),
        figure(f.headingInk, k).c_str(), figure(f.target, k).c_str(), figure(f.gap, k).c_str(),
        std::isinf(f.contrast) ? 0.0 : f.contrast);
    if (!shots_.empty()) {
      kiosk_.screenshot(
          shots_ / (name + "-" + std::to_string(size_.w) + "x" + std::to_string(size_.h) + ".png"));
    }
  }
  ui::HeadlessKiosk& kiosk() { return kiosk_; }

 private:
  Size size_;
  std::filesystem::path shots_;
  ui::HeadlessKiosk kiosk_;
};

void tourOf(const Size& size, const std::filesystem::path& shots) {
  auto dir = std::filesystem::temp_directory_path() / "yizhan-screen-audit";
  std::filesystem::remove_all(dir);
  Tour t(size, dir, shots);
  auto& session = t.kiosk().station().session();
  t.kiosk().station().auth().setPin("246810", "audit");
  std::printf("  \"%dx%d\": {\"px_per_mm\": %.2f, \"inches\": %.1f, \"screens\": [\n", size.w,
              size.h, size.pxPerMm(), size.inches);
  t.kiosk().settle();
  t.measure(true);
  t.send(intent::OpenTile{kiosk::tiles::TakeNumber});
  t.measure(false);
  t.send(intent::ChooseService{"social-security"});
  t.until([&] {
    const auto& ticket = session.snapshot().part<kiosk::TakeNumberPart>().ticket;
    return ticket && ticket->print != kiosk::PrintState::Printing;
  });
  t.measure(false);
  t.send(intent::FinishTicket{});
  t.send(intent::OpenTile{kiosk::tiles::Appointment});
  t.measure(false);
  t.send(intent::ChooseBookingService{"social-security"});
  t.measure(false);
  for (const auto& slot : session.snapshot().part<kiosk::BookingPart>().slots) {
    if (slot.available) {
      t.send(intent::ChooseSlot{slot.start});
      break;
    }
  }
  t.measure(false);
  for (char c : std::string("13812345678")) t.send(intent::KeypadKey{c});
  t.send(intent::KeypadConfirm{});
  t.measure(false);
  t.send(intent::FinishTicket{});
  t.send(intent::OpenTile{kiosk::tiles::CheckIn});
  t.measure(false);
  t.send(intent::Back{});
  t.send(intent::OpenTile{kiosk::tiles::CallStaff});
  t.measure(false);
  t.send(intent::Back{});
  t.send(intent::OpenStaffLogin{});
  t.measure(false);
  for (char c : std::string("246810")) t.send(intent::KeypadKey{c});
  t.send(intent::KeypadConfirm{});
  t.until([&] { return session.snapshot().screen == screens::StaffMenu; });
  t.measure(false);
  t.send(intent::OpenCounterDesk{1});
  t.measure(false);
  t.send(intent::Back{});
  t.send(intent::OpenQueueStats{});
  t.measure(false);
  t.send(intent::Back{});
  t.send(intent::OpenPriorityRegister{});
  t.measure(false);
  std::printf("\n  ]}");
}
}  // namespace

int main(int argc, char** argv) {
  kiosk::useTimeZone("Asia/Shanghai");  // the demo station's hours are Beijing time
  std::filesystem::path shots = argc > 1 ? argv[1] : "";
  if (!shots.empty()) std::filesystem::create_directories(shots);
  const Size sizes[] = {{1920, 1080, 21.5}, {1280, 800, 15.6}, {1080, 1920, 21.5}};
  std::printf("{\n");
  for (size_t i = 0; i < std::size(sizes); ++i) {
    if (i) std::printf(",\n");
    tourOf(sizes[i], shots);
  }
  std::printf("\n}\n");
}
