#pragma once
// What the volunteers feature lends the session and the console: the roster, the shifts and
// the PIN check, built together in kiosk/station.cpp.
#include "kiosk/volunteers/volunteer_pins.h"
#include "kiosk/volunteers/volunteer_points.h"
#include "kiosk/volunteers/volunteer_roster.h"
#include "kiosk/volunteers/volunteer_shifts.h"

namespace yizhan::kiosk {

struct VolunteerServices {
  VolunteerRoster& roster;
  VolunteerShifts& shifts;
  VolunteerPins& pins;
  VolunteerPoints& points;
};

}  // namespace yizhan::kiosk
