#include "drivers/io/pty_pair.h"

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

namespace yizhan::drivers {

PtyPair::PtyPair() {
  master_ = ::posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
  if (master_ < 0 || ::grantpt(master_) != 0 || ::unlockpt(master_) != 0) {
    if (master_ >= 0) ::close(master_);
    throw std::runtime_error(std::string("cannot create a pty: ") + std::strerror(errno));
  }
  slavePath_ = ::ptsname(master_);
  slave_ = ::open(slavePath_.c_str(), O_RDWR | O_NOCTTY | O_CLOEXEC);
  termios tio{};
  if (slave_ < 0 || ::tcgetattr(slave_, &tio) != 0) {
    std::string why = std::strerror(errno);
    ::close(master_);
    if (slave_ >= 0) ::close(slave_);
    throw std::runtime_error("cannot open " + slavePath_ + ": " + why);
  }
  ::cfmakeraw(&tio);
  ::tcsetattr(slave_, TCSANOW, &tio);
}

PtyPair::~PtyPair() {
  ::close(slave_);
  ::close(master_);
}

}  // namespace yizhan::drivers
