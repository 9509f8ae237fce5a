#include "kiosk/echo/echo_wall_flow.h"

#include "data/database.h"
#include "kiosk/echo/echo_strings.h"
#include "kiosk/queue/take_number_flow.h"

namespace yizhan::kiosk {

bool EchoWallFlow::handle(const Intent& intent) {
  Snapshot& snap = host_.snap();
  if (opensTile(intent, tiles::EchoWallTile)) {
    if (snap.screen != screens::Home) return true;
    forget();
    auto& part = snap.part<EchoWallPart>();
    try {
      part.entries = source_.wall.recent(host_.now(), source_.calendar.current(), snap.lang);
    } catch (const data::StoreError&) {
      part.unreadable = true;
    }
    host_.go(screens::EchoWallScreen);
    return true;
  }
  return on<intent::FinishTicket>(intent, [&](const auto&) {
    if (snap.screen == screens::EchoWallScreen) host_.goHome();
  });
}

void EchoWallFlow::forget() {
  host_.snap().part<EchoWallPart>() = EchoWallPart{};
}

void EchoWallFlow::addTiles(std::vector<HomeTile>& tiles) {
  Lang lang = host_.snap().lang;
  tiles.push_back({tiles::EchoWallTile, std::string(text(EchoStr::Tile, lang)), false,
                   std::string(text(EchoStr::TileDetail, lang))});
}

std::string EchoWallFlow::prompt(const Screen& screen) const {
  if (screen != screens::EchoWallScreen) return {};
  const Snapshot& snap = host_.snap();
  const auto& part = snap.part<EchoWallPart>();
  if (part.unreadable)
    return std::string(text(EchoStr::Title, snap.lang)) + "。" +
           std::string(text(EchoStr::Unreadable, snap.lang));
  if (part.entries.empty())
    return std::string(text(EchoStr::Title, snap.lang)) + "。" +
           std::string(text(EchoStr::NoneYet, snap.lang));
  return format(EchoStr::HeadlineSpoken, snap.lang, {std::to_string(part.entries.size())});
}

}  // namespace yizhan::kiosk
