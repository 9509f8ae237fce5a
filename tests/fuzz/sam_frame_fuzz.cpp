// Reader frames from a misbehaving or hostile ID card reader: the frame reader, fed in random
// pieces, and the text-block parser on whatever a frame carried.
#include <cstddef>
#include <cstdint>

#include "drivers/idcard/identity.h"
#include "drivers/idcard/sam_frame.h"

using namespace yizhan::drivers;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  sam::FrameReader reader;
  std::size_t at = 0;
  while (at < size) {
    // The first byte of each piece says how long the piece is: splits land anywhere.
    std::size_t piece = 1 + data[at] % 64;
    piece = piece > size - at ? size - at : piece;
    for (auto& result : reader.feed(std::span(data + at, piece))) {
      if (result.event == sam::FrameReader::Event::Frame && result.frame.body.size() > 7) {
        parseTextBlock(std::span(result.frame.body).subspan(7));
      }
    }
    at += piece;
  }
  if (reader.buffered() > sam::kMaxLength + 16) __builtin_trap();
  parseTextBlock(std::span(data, size));
  return 0;
}
