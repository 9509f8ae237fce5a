#pragma once
// The staff entry on the home screen: a small mark in a corner that opens only when held for
// two seconds and then let go. A resident looking for help taps the big 呼叫工作人员 tile; a tap
// here, or a brush past it, does nothing.
#include <chrono>
#include <string_view>

#include "imgui.h"
#include "ui/ui_context.h"

namespace yizhan::ui {

inline constexpr std::chrono::seconds kStaffHold{2};

// `label` names the mark for the registry (never drawn: it is no text for residents to read).
// True on the release that ends a hold of at least kStaffHold.
bool holdMark(UiContext& ctx, std::string_view label, ImVec2 pos, float size);

}  // namespace yizhan::ui
