#pragma once
// The frames of the ID card reader's SAM protocol (115200 8N1):
//   request:  AA AA AA 96 69 | LEN(2, big-endian) | CMD | PARA | DATA… | XOR
//   response: AA AA AA 96 69 | LEN(2, big-endian) | SW1 | SW2 | SW3 | DATA… | XOR
// LEN counts every byte after itself, the checksum included; the checksum is the XOR of the
// LEN bytes and everything up to it.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace yizhan::drivers::sam {

inline constexpr std::uint8_t kPreamble[5] = {0xAA, 0xAA, 0xAA, 0x96, 0x69};
// Commands (CMD, PARA)
inline constexpr std::uint8_t kFindCard[2] = {0x20, 0x01};
inline constexpr std::uint8_t kSelectCard[2] = {0x20, 0x02};
inline constexpr std::uint8_t kReadBase[2] = {0x30, 0x01};
// SW3 results
inline constexpr std::uint8_t kOk = 0x90;
inline constexpr std::uint8_t kCardFound = 0x9F;
inline constexpr std::uint8_t kNoCard = 0x80;
inline constexpr std::uint8_t kSelectFailed = 0x81;
inline constexpr std::uint8_t kReadFailed = 0x41;
inline constexpr std::uint8_t kBadChecksum = 0x10;
inline constexpr std::uint8_t kBadLength = 0x11;
inline constexpr std::uint8_t kBadCommand = 0x21;

// A longer frame than any reader sends (text, photo and fingerprints are under 2.4 KB).
inline constexpr size_t kMaxLength = 4096;

std::uint8_t xorChecksum(std::span<const std::uint8_t> bytes);
std::vector<std::uint8_t> encode(std::span<const std::uint8_t> body);
std::vector<std::uint8_t> request(const std::uint8_t (&command)[2]);

struct Frame {
  std::vector<std::uint8_t> body;  // between LEN and the checksum
};

// Finds frames in a byte stream that arrives in pieces. Noise before a preamble is skipped;
// a frame with a wrong checksum or an impossible length is reported and dropped.
class FrameReader {
 public:
  enum class Event { Frame, BadChecksum, BadLength };
  struct Result {
    Event event;
    Frame frame;
  };
  std::vector<Result> feed(std::span<const std::uint8_t> bytes);
  size_t buffered() const { return buffer_.size(); }

 private:
  std::vector<std::uint8_t> buffer_;
};

}  // namespace yizhan::drivers::sam
