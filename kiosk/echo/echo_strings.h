#pragma once
// The echo wall (回音墙): what was done for residents lately, on the waiting-room display and
// behind a home tile at the kiosk. Each feature keeps its own words; kiosk/features.cpp hands
// every catalog to the font atlas.
#include "kiosk/base/strings.h"

namespace yizhan::kiosk {

enum class EchoStr : int {
  Title,
  Subtitle,
  Headline,
  HeadlineSpoken,
  NoneYet,
  Unreadable,
  SameDay,
  DoneNoNote,
  WorkingDays,
  ByVolunteer,
  ByCommunity,
  PageOf,
  Tile,
  TileDetail,
  Count
};

inline constexpr TextEntry<EchoStr> kEchoStrEntries[] = {
    {EchoStr::Title, "回音墙", "Echo wall"},
    {EchoStr::Subtitle, "每周公示解决事 · 事事有回复 件件有着落",
     "What was done this week: every matter answered"},
    {EchoStr::Headline, "近7天为居民办好了{0}件事", "{0} matters done for residents in 7 days"},
    {EchoStr::HeadlineSpoken, "回音墙。近7天，为居民办好了{0}件事", "Echo wall. {0} matters done"},
    {EchoStr::NoneYet, "这7天办好的事，会在这里公示", "What is done this week will show here"},
    {EchoStr::Unreadable, "暂时打不开，请稍后再看，或问工作人员",
     "Cannot be read just now: please try later, or ask staff"},
    {EchoStr::SameDay, "当天办好", "Done the same day"},
    {EchoStr::DoneNoNote, "已办好", "Done"},
    {EchoStr::WorkingDays, "用时{0}个工作日", "{0} working days"},
    {EchoStr::ByVolunteer, "志愿者", "A volunteer"},
    {EchoStr::ByCommunity, "社区", "The community"},
    {EchoStr::PageOf, "第{0}页，共{1}页", "Page {0} of {1}"},
    {EchoStr::Tile, "回音墙", "Echo wall"},
    {EchoStr::TileDetail, "看看办好的事", "What was done"},
};
static_assert(isCompleteCatalog(kEchoStrEntries),
              "every EchoStr needs one entry, in the enum's order");

inline std::span<const TextEntry<EchoStr>> catalogOf(EchoStr) {
  return kEchoStrEntries;
}

}  // namespace yizhan::kiosk
