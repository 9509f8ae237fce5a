#pragma once
#include <string>

namespace yizhan::data {
// A random (version 4) UUID in its canonical lower-case text form.
std::string newUuid();
}  // namespace yizhan::data
