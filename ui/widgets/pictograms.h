#pragma once
// Simple line pictures drawn beside words, for residents who read slowly or not at all: a
// ticket for 取号排队, a calendar for 预约办事, a tick on a sheet for 预约签到, a bell for
// 呼叫工作人员, a card going onto the reader for 请将身份证放在感应区, and one picture for each
// on-behalf errand (a bill, a medicine box, a wrench…) and each kind of appeal (a bin, a car…).
#include <string_view>

#include "imgui.h"
#include "ui/palette.h"

namespace yizhan::ui {

enum class Pictogram {
  Ticket,
  Calendar,
  CheckIn,
  Bell,
  CardOnReader,
  // 红色代办: the home tile (two hands and a heart), then one for each errand
  // (kiosk::kErrandPictograms).
  Helping,
  Utilities,
  Medicine,
  Pension,
  Subsidy,
  Repair,
  Shopping,
  OtherErrand,
  // 民意诉求: the home tile (a speech bubble), then one for each category
  // (kiosk::kAppealPictograms; 其他 shares the errands' telephone).
  Speaking,
  Sanitation,
  Property,
  Parking,
  Noise,
  Facility,
  Neighbours,
  // 回音墙: a notice board with a tick.
  EchoWall,
};

// The errand pictogram named `id` (utilities, medicine, …); OtherErrand for any other.
Pictogram errandPictogram(std::string_view id);
// The appeal category's pictogram named `id` (sanitation, parking, …); OtherErrand for any other.
Pictogram appealPictogram(std::string_view id);

// Draws `kind` in a `size` × `size` square whose top-left is `min`.
void drawPictogram(Pictogram kind, ImVec2 min, float size, Rgb color);

}  // namespace yizhan::ui
