#include "ui/audit/audit_rules.h"

#include <algorithm>
#include <cstdio>
#include <limits>

#include "drivers/text/utf8.h"
#include "imgui.h"
#include "kiosk/base/strings.h"
#include "kiosk/staff/call_staff_flow.h"
#include "kiosk/staff/staff_strings.h"

namespace yizhan::ui {

namespace {
constexpr double kNone = std::numeric_limits<double>::infinity();

std::string mm(double px, const Metrics& m) {
  char out[48];
  std::snprintf(out, sizeof out, "%.0f px = %.1f mm", px, px / m.pxPerMm);
  return out;
}

bool isPunctuation(char32_t c) {
  return c <= 0x2F || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) ||
         (c >= 0x7B && c <= 0x7F) || (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F) ||
         (c >= 0xFF00 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) || c == 0xFF5E;
}
}  // namespace

std::string wordsOf(const std::string& text) {
  std::string out;
  drivers::forEachUtf8(text, [&](char32_t c, std::string_view bytes) {
    if (!isPunctuation(c)) out += bytes;
  });
  return out;
}

AuditFigures figuresOf(const ScreenMeasure& m) {
  AuditFigures f{kNone, kNone, kNone, kNone, kNone};
  for (const auto& t : m.texts) {
    if (!t.chinese || t.inkPx <= 0) continue;
    if (t.role == TextRole::Body) f.bodyInkPx = std::min<double>(f.bodyInkPx, t.inkPx);
    if (t.role == TextRole::Heading) f.headingInkPx = std::min<double>(f.headingInkPx, t.inkPx);
    if (t.contrast > 0) f.contrast = std::min(f.contrast, t.contrast);
  }
  for (const auto& t : m.targets) {
    if (t.kind != WidgetKind::Button) continue;
    f.targetPx = std::min<double>(f.targetPx, std::min(t.w, t.h));
    f.gapPx = std::min<double>(f.gapPx, t.gapPx);
  }
  return f;
}

std::vector<std::string> auditFindings(const ScreenMeasure& measure,
                                       const std::vector<TextRecord>& texts,
                                       const std::vector<WidgetRecord>& widgets,
                                       const kiosk::Snapshot& snap, const Metrics& m, int width,
                                       int height, const FontRoles& fonts,
                                       const AuditLimits& limits) {
  std::vector<std::string> out;
  for (const TextMeasure& t : measure.texts) {
    if (t.contrast > 0 && t.contrast < limits.contrast) {
      char c[32];
      std::snprintf(c, sizeof c, "%.1f", t.contrast);
      out.push_back("contrast " + std::string(c) + " < 7: " + t.text);
    }
    // Chinese characters are what the size rules are about; digits and Latin ink lower.
    if (!t.chinese || t.inkPx <= 0) continue;
    double ink = t.inkPx / m.pxPerMm;
    if (t.role == TextRole::Body && ink < limits.bodyInkMm) {
      out.push_back("body text " + mm(t.inkPx, m) + " < 9 mm: " + t.text);
    }
    if ((t.role == TextRole::Heading || t.role == TextRole::Display) && ink < limits.headingInkMm) {
      out.push_back("heading " + mm(t.inkPx, m) + " < 14 mm: " + t.text);
    }
  }
  for (const TargetMeasure& t : measure.targets) {
    if (t.x < -0.5f || t.y < -0.5f || t.x + t.w > width + 0.5f || t.y + t.h > height + 0.5f) {
      out.push_back("target off the screen: " + t.label);
    }
    if (t.gapPx < limits.gapMm * m.pxPerMm - 0.5) {
      out.push_back("gap " + mm(t.gapPx, m) + " < 4 mm: " + t.label);
    }
    if (t.kind != WidgetKind::Button) continue;  // the staff mark is small on purpose
    double side = std::min(t.w, t.h);
    if (side < limits.targetMm * m.pxPerMm - 0.5) {
      out.push_back("target " + mm(side, m) + " < 24 mm: " + t.label);
    }
  }
  for (const TextRecord& t : texts) {
    if (t.x < -0.5f || t.x + t.w > width + 0.5f || t.y + t.h > height + 0.5f) {
      out.push_back("text off the screen: " + t.text);
    }
    // A label wider or taller than its button spills over its edge (or wrapped out of it).
    // The line box is the font's, taller than the ink: an ink-sized margin is allowed.
    float cx = t.x + t.w / 2, cy = t.y + t.h / 2;
    float slack = static_cast<const ImFont*>(t.font)->FontSize * 0.2f;
    for (const WidgetRecord& w : widgets) {
      if (w.kind != WidgetKind::Button || cx < w.x || cx > w.x + w.w || cy < w.y || cy > w.y + w.h)
        continue;
      if (t.x < w.x - 0.5f || t.x + t.w > w.x + w.w + 0.5f || t.y < w.y - slack ||
          t.y + t.h > w.y + w.h + slack) {
        out.push_back("text spills out of its button: " + t.text);
      }
    }
  }
  if (!kiosk::isResidentScreen(snap.screen)) return out;

  // The title: the heading-font text of the header band.
  std::string title;
  for (const TextRecord& t : texts) {
    if (t.font == fonts.heading && t.y + t.h <= m.headerHeight() + 0.5f) {
      title = t.text;
      break;
    }
  }
  if (title.empty()) out.push_back("no title in the header");
  if (snap.prompt.empty()) {
    out.push_back("no voice prompt");
  } else if (!title.empty() && wordsOf(snap.prompt).find(wordsOf(title)) == std::string::npos) {
    out.push_back("the voice prompt \"" + snap.prompt + "\" does not say the title \"" + title +
                  "\"");
  }
  auto has = [&](std::string_view label) {
    return std::any_of(widgets.begin(), widgets.end(),
                       [&](const WidgetRecord& w) { return w.label == label && w.enabled; });
  };
  kiosk::Lang lang = snap.lang;
  if (!has(kiosk::text(kiosk::Str::HearAgain, lang))) out.push_back("no 再听一遍");
  // 返回 everywhere but where there is nothing to go back to (home) or going back would read as
  // undoing what was done (the ticket, the booking slip: one 好的 there).
  if (!(snap.screen == kiosk::screens::Home) && !snap.screen.done &&
      !has(kiosk::text(kiosk::Str::Back, lang))) {
    out.push_back("no 返回");
  }
  // 呼叫工作人员 everywhere but the screen that says staff have been called.
  if (!(snap.screen == kiosk::screens::CallStaff) &&
      !has(kiosk::text(kiosk::StaffStr::TileCallStaff, lang))) {
    out.push_back("no 呼叫工作人员");
  }
  return out;
}

}  // namespace yizhan::ui
