#pragma once
// The community's fixed days of the month (DOMAIN.md): 5th and 25th are people's-sentiment
// days (民情日), the 15th is reception day (群众接待日).
namespace yizhan::kiosk {

enum class FixedDay { None, PeoplesSentimentDay, ReceptionDay };

constexpr FixedDay fixedDayOf(int dayOfMonth) {
  if (dayOfMonth == 5 || dayOfMonth == 25) return FixedDay::PeoplesSentimentDay;
  if (dayOfMonth == 15) return FixedDay::ReceptionDay;
  return FixedDay::None;
}

}  // namespace yizhan::kiosk
