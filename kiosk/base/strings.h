#pragma once
// How the kiosk's words are kept: each feature has its own catalog (an enum ending in Count,
// and a table in the enum's order, e.g. kiosk/queue/queue_strings.{h,cpp}); this file has the
// words every feature shares. Simplified Chinese is the product language; English exists for
// development (--lang en). The font atlas is built from every catalog
// (kiosk/features.cpp), so a string that is in none may not have its glyphs on screen.
#include <chrono>
#include <cstddef>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>

namespace yizhan::kiosk {

enum class Lang { Zh, En };

template <typename Id>
struct TextEntry {
  Id id;
  const char* zh;
  const char* en;
};

// True when the table has one entry per enum value, in the enum's order.
template <typename Id, std::size_t N>
constexpr bool isCompleteCatalog(const TextEntry<Id> (&entries)[N]) {
  if (N != static_cast<std::size_t>(Id::Count)) return false;
  for (std::size_t i = 0; i < N; ++i) {
    if (static_cast<std::size_t>(entries[i].id) != i) return false;
  }
  return true;
}

// An id of some feature's catalog (found by argument-dependent lookup of catalogOf).
template <typename Id>
concept TextId = std::is_enum_v<Id> && requires(Id id) {
  { catalogOf(id) } -> std::same_as<std::span<const TextEntry<Id>>>;
};

template <TextId Id>
std::string_view text(Id id, Lang lang) {
  const TextEntry<Id>& e = catalogOf(id)[static_cast<std::size_t>(id)];
  return lang == Lang::Zh ? e.zh : e.en;
}

// Replaces {0}, {1}, … in `pattern` with the arguments.
std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args);

template <TextId Id>
std::string format(Id id, Lang lang, std::initializer_list<std::string_view> args) {
  return fill(text(id, lang), args);
}

// Every string of one catalog in `lang`, for the font atlas.
template <TextId Id, typename Visit>
void visitCatalog(Lang lang, Visit&& visit) {
  for (const TextEntry<Id>& e : catalogOf(Id{}))
    visit(std::string_view(lang == Lang::Zh ? e.zh : e.en));
}

enum class Str : int {
  Back,
  Confirm,
  Delete,
  DateLine,
  Sunday,
  Monday,
  Tuesday,
  Wednesday,
  Thursday,
  Friday,
  Saturday,
  FixedDayPeoples,
  FixedDayReception,
  FixedDaysNote,
  DurationMinutesSeconds,
  DurationSeconds,
  StoreWriteFailed,
  StoreFull,
  CardReadFailed,
  CardInvalid,
  CardUnsupported,
  CardExpired,
  HearAgain,
  PagePrevious,
  PageNext,
  PageOf,
  CallStaffHint,
  StepOf,
  Count
};
std::span<const TextEntry<Str>> catalogOf(Str);

std::string_view weekdayName(int weekday, Lang lang);  // 0 = Sunday
// A wait as staff read it: 45秒, 2分30秒.
std::string durationText(std::chrono::seconds left, Lang lang);
// Characters in UTF-8 text (what a name's or a button's length limit counts).
std::size_t utf8Characters(std::string_view utf8);
// An id a station's configuration may give (utilities, grid-1): 1-32 of a-z, 0-9, - and _.
bool isConfigId(std::string_view id);
// The first `characters` characters of UTF-8 text, never cutting one in two.
std::string utf8Prefix(std::string_view utf8, std::size_t characters);

}  // namespace yizhan::kiosk
