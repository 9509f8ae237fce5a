#pragma once
// An ID card reader in software, at the other end of a pseudo-terminal: it answers the SAM
// frames for whatever card is "on" it, and can misbehave on demand.
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "drivers/idcard/identity.h"
#include "drivers/io/fd_io.h"
#include "drivers/io/pty_pair.h"

namespace yizhan::drivers::sim {

enum class ReaderFault {
  None,
  BadChecksum,  // the next answer carries a wrong checksum
  ErrorStatus,  // reads answer SW3 = 0x41 (read failed)
  LiftMidRead,  // the card is lifted while the read answer is half sent
  Silence,      // nothing is answered
};

class IdCardSimulator {
 public:
  IdCardSimulator();
  ~IdCardSimulator();
  IdCardSimulator(const IdCardSimulator&) = delete;
  IdCardSimulator& operator=(const IdCardSimulator&) = delete;

  const std::string& devicePath() const { return pty_.slavePath(); }
  void place(const Identity& card);
  // A card carrying exactly these 256 bytes of text: a kind of card no layout knows, a
  // damaged one.
  void placeTextBlock(std::vector<std::uint8_t> text);
  void lift();
  void setFault(ReaderFault fault);
  bool cardPresent() const;
  size_t readsAnswered() const;

 private:
  void serve();
  std::vector<std::uint8_t> answer(const std::vector<std::uint8_t>& request, bool& stopHalfway);

  PtyPair pty_;
  Wakeup stop_;
  mutable std::mutex mutex_;
  std::optional<std::vector<std::uint8_t>> card_;  // the text block of the card on it
  ReaderFault fault_ = ReaderFault::None;
  size_t reads_ = 0;
  std::thread thread_;
};

}  // namespace yizhan::drivers::sim
