#include "drivers/idcard/sam_frame.h"

#include <algorithm>

namespace yizhan::drivers::sam {

std::uint8_t xorChecksum(std::span<const std::uint8_t> bytes) {
  std::uint8_t sum = 0;
  for (std::uint8_t b : bytes) sum ^= b;
  return sum;
}

std::vector<std::uint8_t> encode(std::span<const std::uint8_t> body) {
  size_t len = body.size() + 1;
  std::vector<std::uint8_t> out(std::begin(kPreamble), std::end(kPreamble));
  out.push_back(static_cast<std::uint8_t>(len >> 8));
  out.push_back(static_cast<std::uint8_t>(len & 0xFF));
  out.insert(out.end(), body.begin(), body.end());
  out.push_back(xorChecksum(std::span(out).subspan(sizeof kPreamble)));
  return out;
}

std::vector<std::uint8_t> request(const std::uint8_t (&command)[2]) {
  return encode(std::span<const std::uint8_t>(command, 2));
}

std::vector<FrameReader::Result> FrameReader::feed(std::span<const std::uint8_t> bytes) {
  buffer_.insert(buffer_.end(), bytes.begin(), bytes.end());
  std::vector<Result> out;
  while (true) {
    auto start =
        std::search(buffer_.begin(), buffer_.end(), std::begin(kPreamble), std::end(kPreamble));
    if (start == buffer_.end()) {
      // Keep a tail that could be the start of a preamble split across reads.
      size_t keep = std::min<size_t>(buffer_.size(), sizeof kPreamble - 1);
      buffer_.erase(buffer_.begin(), buffer_.end() - static_cast<long>(keep));
      return out;
    }
    buffer_.erase(buffer_.begin(), start);
    if (buffer_.size() < sizeof kPreamble + 2) return out;
    size_t len = (static_cast<size_t>(buffer_[5]) << 8) | buffer_[6];
    if (len < 2 || len > kMaxLength) {
      out.push_back({Event::BadLength, {}});
      buffer_.erase(buffer_.begin(), buffer_.begin() + 1);  // resynchronise on the next preamble
      continue;
    }
    size_t total = sizeof kPreamble + 2 + len;
    if (buffer_.size() < total) return out;
    std::span<const std::uint8_t> checked(buffer_.data() + sizeof kPreamble, 2 + len - 1);
    if (xorChecksum(checked) != buffer_[total - 1]) {
      out.push_back({Event::BadChecksum, {}});
    } else {
      Frame frame;
      frame.body.assign(buffer_.begin() + sizeof kPreamble + 2, buffer_.begin() + total - 1);
      out.push_back({Event::Frame, std::move(frame)});
    }
    buffer_.erase(buffer_.begin(), buffer_.begin() + static_cast<long>(total));
  }
}

}  // namespace yizhan::drivers::sam
