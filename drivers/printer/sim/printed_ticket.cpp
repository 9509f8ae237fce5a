#include "drivers/printer/sim/printed_ticket.h"

namespace yizhan::drivers::sim {

std::vector<std::string> PrintedTicket::texts() const {
  std::vector<std::string> out;
  for (const auto& e : elements) {
    if (auto* line = std::get_if<TextLine>(&e)) out.push_back(line->text);
  }
  return out;
}

std::vector<std::string> PrintedTicket::qrPayloads() const {
  std::vector<std::string> out;
  for (const auto& e : elements) {
    if (auto* qr = std::get_if<QrSymbol>(&e)) out.push_back(qr->payload);
  }
  return out;
}

int PrintedTicket::imageCount() const {
  int n = 0;
  for (const auto& e : elements) n += std::holds_alternative<RasterImage>(e) ? 1 : 0;
  return n;
}

}  // namespace yizhan::drivers::sim
