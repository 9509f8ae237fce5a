#pragma once
// The counter console's bind address: a numeric IPv4 or IPv6 address (or "localhost"), never
// a name to resolve or anything a shell might read; and whether it reaches beyond this machine.
#include <string>

namespace yizhan::kiosk {

// Empty when `address` is one the console may bind, else what is wrong with it.
std::string listenAddressProblem(const std::string& address);
// 127.0.0.0/8, ::1 or localhost: only programs on this machine can connect.
bool isLoopbackAddress(const std::string& address);

}  // namespace yizhan::kiosk
