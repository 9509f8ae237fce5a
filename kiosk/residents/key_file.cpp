#include "kiosk/residents/key_file.h"

#include <sodium.h>
#include <sys/stat.h>

#include <fstream>
#include <stdexcept>
#include <string>

namespace yizhan::kiosk {

StationKeyBytes loadOrCreateKeyFile(const std::filesystem::path& file, std::string_view what) {
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not start");
  StationKeyBytes key{};
  std::error_code ec;
  if (std::filesystem::exists(file, ec)) {
    std::ifstream in(file, std::ios::binary);
    in.read(reinterpret_cast<char*>(key.data()), key.size());
    if (in.gcount() != static_cast<std::streamsize>(key.size())) {
      throw std::runtime_error(file.string() + ": " + std::string(what) +
                               " is damaged (restore it from the station's key backup; without "
                               "it what it protects cannot be read or found)");
    }
    return key;
  }
  std::filesystem::create_directories(file.parent_path());
  chmod(file.parent_path().c_str(), 0700);
  randombytes_buf(key.data(), key.size());
  {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(key.data()), key.size());
    if (!out) throw std::runtime_error(file.string() + ": cannot write the " + std::string(what));
  }
  chmod(file.c_str(), 0600);
  return key;
}

}  // namespace yizhan::kiosk
