// What a printer simulator might receive: any bytes, in any pieces.
#include <cstddef>
#include <cstdint>

#include "drivers/printer/sim/escpos_parser.h"

using namespace yizhan::drivers;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  sim::EscPosParser parser(size % 2 == 0);
  parser.onStatusRequest = [](escpos::StatusKind) {};
  std::size_t at = 0;
  while (at < size) {
    std::size_t piece = 1 + data[at] % 97;
    piece = piece > size - at ? size - at : piece;
    for (const auto& ticket : parser.feed(std::span(data + at, piece))) {
      (void)ticket.texts();
      (void)ticket.qrPayloads();
    }
    at += piece;
  }
  return 0;
}
