#pragma once
// Reads an ESC/POS byte stream the way a printer does: in pieces of any size, commands split
// across reads, garbage in between. Completed tickets come out at each cut; status requests
// are handed to whoever answers them. Any input is safe: lengths are bounded, unknown
// commands are skipped and counted.
#include <cstdint>
#include <functional>
#include <span>
#include <vector>

#include "drivers/printer/escpos.h"
#include "drivers/printer/sim/printed_ticket.h"

namespace yizhan::drivers::sim {

class EscPosParser {
 public:
  // `nativeQr` false: QR commands are swallowed and print nothing, like a clone printer.
  explicit EscPosParser(bool nativeQr = true) : nativeQr_(nativeQr) {}

  std::function<void(escpos::StatusKind)> onStatusRequest;

  // Returns the tickets the bytes completed.
  std::vector<PrintedTicket> feed(std::span<const std::uint8_t> bytes);
  const PrintedTicket& pending() const { return ticket_; }
  // Bytes that were not a command the parser knows or were malformed.
  size_t skippedBytes() const { return skipped_; }

  static constexpr size_t kMaxTextLine = 4096;
  static constexpr int kMaxRasterBytesPerRow = 256;
  static constexpr int kMaxRasterRows = 4096;

 private:
  // Parses one command or text byte at the start of `b`; returns bytes consumed, or 0 if
  // more input is needed.
  size_t step(std::span<const std::uint8_t> b, std::vector<PrintedTicket>& done);
  void flushText();
  void resetStyle();

  bool nativeQr_;
  std::vector<std::uint8_t> buffer_;
  std::string text_;  // raw GB18030 bytes of the line being received
  PrintedTicket ticket_;
  Align align_ = Align::Left;
  bool bold_ = false;
  int width_ = 1, height_ = 1;
  std::string qrData_;
  int qrModule_ = 3;
  QrErrorLevel qrLevel_ = QrErrorLevel::L;
  size_t skipped_ = 0;
};

}  // namespace yizhan::drivers::sim
