#pragma once
// The resident ID card reader: find, select and read over the SAM frame protocol. One call
// is one attempt; CardWatcher polls with it. Blocking: call it from a worker thread.
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "drivers/device_health.h"
#include "drivers/idcard/identity.h"
#include "drivers/idcard/sam_frame.h"
#include "drivers/io/byte_stream.h"

namespace yizhan::drivers {

class IdCardReader {
 public:
  explicit IdCardReader(std::unique_ptr<ByteStream> link);

  enum class Outcome {
    NoCard,   // nothing on the reader
    Read,     // identity holds the card
    BadCard,  // a card was there but it could not be read or is not valid (error says why)
    Fault,    // the reader did not answer properly (health says what to do)
  };
  struct Attempt {
    Outcome outcome = Outcome::NoCard;
    std::optional<Identity> identity;
    std::string error;
    CardProblem problem = CardProblem::Unreadable;  // of a BadCard
  };
  Attempt tryRead();
  // Only the find step: whether a card lies on the reader (NoCard, Read meaning "a card is
  // there", or Fault).
  Outcome findCard();
  DeviceHealth health() const;

 private:
  // Sends a command and waits for one valid response frame; nullopt on timeout or garbage.
  std::optional<sam::Frame> exchange(const std::uint8_t (&command)[2],
                                     std::chrono::milliseconds timeout, std::string& error);
  // The find step, with the reader's health updated from how it answered. Caller holds mutex_.
  Attempt findLocked();
  Attempt fault(const std::string& what);

  std::unique_ptr<ByteStream> link_;
  sam::FrameReader frames_;
  mutable std::mutex mutex_;
  DeviceHealth health_;
};

}  // namespace yizhan::drivers
