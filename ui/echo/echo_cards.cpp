#include "ui/echo/echo_cards.h"

#include <algorithm>
#include <string>

#include "kiosk/echo/echo_strings.h"
#include "ui/widgets/drawing.h"

namespace yizhan::ui {

using kiosk::EchoStr;

namespace {
std::string dayOfMonth(const std::string& day) {
  if (day.size() != 10) return day;
  return std::to_string(std::stoi(day.substr(5, 2))) + "月" +
         std::to_string(std::stoi(day.substr(8))) + "日";
}

struct CardWords {
  std::string title, done, meta;
};

CardWords wordsOf(UiContext& ctx, const kiosk::EchoEntry& e) {
  CardWords w;
  w.title = e.where.empty() ? e.what : e.what + " · " + e.where;
  w.done = e.done.empty() ? std::string(ctx.t(EchoStr::DoneNoNote)) : e.done;
  w.meta = e.by + " · " + kiosk::echoDaysWords(e.workingDays, ctx.lang) + " · " +
           dayOfMonth(e.closedDay);
  for (const std::string* s : {&w.title, &w.done, &w.meta}) ctx.fonts.require(*s);
  return w;
}

float cardWidth(const Metrics& m, const ContentArea& area, int columns) {
  return (area.width() - (columns - 1) * m.gap()) / columns;
}

float textWidth(const Metrics& m, float cardW) {
  return cardW - 3 * m.minGap();
}

// A note takes at most two lines on a card.
float noteHeight(ImFont* font, const std::string& done, float width) {
  return std::min(measureText(font, done, width).y, 2 * font->FontSize);
}

float cardHeight(const Metrics& m, const EchoCardLook& look, float noteH) {
  return 2 * m.minGap() + look.title->FontSize + noteH + look.line->FontSize + m.minGap();
}

// Lays out the cards from `first` in rows of `columns`, drawing them when `draw`; returns how
// many fit whole (one at least).
size_t layOut(UiContext& ctx, const std::vector<kiosk::EchoEntry>& entries, size_t first,
              const ContentArea& area, const EchoCardLook& look, bool draw) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  int columns = std::max(1, look.columns);
  float w = cardWidth(m, area, columns);
  float pad = m.minGap();
  float y = area.min.y;
  size_t i = first;
  while (i < entries.size()) {
    size_t rowEnd = std::min(entries.size(), i + static_cast<size_t>(columns));
    std::vector<CardWords> row;
    float rowH = 0;
    for (size_t k = i; k < rowEnd; ++k) {
      row.push_back(wordsOf(ctx, entries[k]));
      rowH = std::max(rowH,
                      cardHeight(m, look, noteHeight(look.line, row.back().done, textWidth(m, w))));
    }
    if (y + rowH > area.max.y + 1 && i > first) break;
    if (draw) {
      ImDrawList* list = ImGui::GetWindowDrawList();
      for (size_t k = i; k < rowEnd; ++k) {
        const CardWords& words = row[k - i];
        float x = area.min.x + static_cast<float>(k - i) * (w + m.gap());
        ImVec2 a(x, y), b(x + w, std::min(y + rowH, area.max.y));
        list->AddRectFilled(a, b, toImU32(p.plain), m.rounding());
        // The strip down the left: an errand in the primary colour, an appeal in red.
        list->AddRectFilled(a, ImVec2(x + pad, b.y),
                            toImU32(entries[k].appeal ? p.header : p.primary), m.rounding());
        float tx = x + 2 * pad, tw = textWidth(m, w);
        ImGui::PushClipRect(a, b, true);
        float ty = y + pad;
        // A title too long for the card's width in the title size comes down to the line size.
        drawText(largestFitting({look.title, look.line}, words.title, tw), ImVec2(tx, ty), p.text,
                 words.title);
        ty += look.title->FontSize + pad / 2;
        float noteH = noteHeight(look.line, words.done, tw);
        ImGui::PushClipRect(ImVec2(tx, ty), ImVec2(tx + tw, ty + noteH), true);
        drawText(look.line, ImVec2(tx, ty), p.text, words.done, tw);
        ImGui::PopClipRect();
        ty += noteH + pad / 2;
        drawText(look.line, ImVec2(tx, ty), p.calmText, words.meta);
        ImGui::PopClipRect();
      }
    }
    y += rowH + m.gap();
    i = rowEnd;
  }
  return std::max<size_t>(1, i - first);
}
}  // namespace

float echoCardMinHeight(const Metrics& m, const EchoCardLook& look) {
  return cardHeight(m, look, look.line->FontSize);
}

int echoColumns(const UiContext& ctx, const ContentArea& area, ImFont* line) {
  // Two columns where each card still holds twelve characters a line.
  if (ctx.metrics.portrait) return 1;
  return area.width() / 2 < 12 * line->FontSize ? 1 : 2;
}

std::vector<size_t> echoPages(UiContext& ctx, const std::vector<kiosk::EchoEntry>& entries,
                              ContentArea& cards, const EchoCardLook& look, float pagerRoom) {
  std::vector<size_t> starts{0};
  // All on one page: measured once, no room given up.
  if (entries.empty() || layOut(ctx, entries, 0, cards, look, false) >= entries.size())
    return starts;
  cards.max.y -= pagerRoom;
  for (size_t at = 0; at < entries.size();) {
    at += layOut(ctx, entries, at, cards, look, false);
    if (at < entries.size()) starts.push_back(at);
  }
  return starts;
}

void drawEchoCards(UiContext& ctx, const std::vector<kiosk::EchoEntry>& entries, size_t first,
                   const ContentArea& area, const EchoCardLook& look) {
  if (first < entries.size()) layOut(ctx, entries, first, area, look, true);
}

float drawEchoHeadline(UiContext& ctx, const ContentArea& area, int total, ImFont* font,
                       bool motto) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  std::string headline = total > 0
                             ? kiosk::format(EchoStr::Headline, ctx.lang, {std::to_string(total)})
                             : std::string(ctx.t(EchoStr::NoneYet));
  ctx.fonts.require(headline);
  float y = area.min.y;
  ImFont* f = largestFitting({font, ctx.fonts.heading(), ctx.fonts.body()}, headline, area.width());
  drawTextCentered(f, area.centerX(), y, p.calmText, headline, area.width());
  y += measureText(f, headline, area.width()).y + m.minGap() / 2;
  if (motto) {
    ImFont* body = ctx.fonts.body();
    std::string_view words = ctx.t(EchoStr::Subtitle);
    drawTextCentered(body, area.centerX(), y, p.mutedText, words, area.width());
    y += measureText(body, words, area.width()).y;
  }
  return y + m.gap();
}

}  // namespace yizhan::ui
