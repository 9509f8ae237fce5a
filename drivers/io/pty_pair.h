#pragma once
// A pseudo-terminal for a device simulator: the simulator keeps the master, the driver opens
// the slave path as it would open /dev/ttyUSB0. The slave is set raw (a fresh pty echoes and
// turns LF into CR LF) and held open so the settings stay while drivers come and go.
#include <string>

namespace yizhan::drivers {

class PtyPair {
 public:
  PtyPair();  // throws std::runtime_error
  ~PtyPair();
  PtyPair(const PtyPair&) = delete;
  PtyPair& operator=(const PtyPair&) = delete;

  int master() const { return master_; }
  const std::string& slavePath() const { return slavePath_; }

 private:
  int master_ = -1;
  int slave_ = -1;
  std::string slavePath_;
};

}  // namespace yizhan::drivers
