#pragma once
// A whole file as bytes (a store and its write-ahead log searched for what must not be there, a
// browser test's output); empty if it cannot be read.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace yizhan::test {

inline std::string fileBytes(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace yizhan::test
