#include "kiosk/console/listen_address.h"

#include <arpa/inet.h>

#include <cstring>

namespace yizhan::kiosk {

std::string listenAddressProblem(const std::string& address) {
  if (address == "localhost") return "";
  in_addr v4{};
  in6_addr v6{};
  if (inet_pton(AF_INET, address.c_str(), &v4) == 1) return "";
  if (inet_pton(AF_INET6, address.c_str(), &v6) == 1) return "";
  return "must be a numeric IP address such as 127.0.0.1, 0.0.0.0 or 192.168.1.20";
}

bool isLoopbackAddress(const std::string& address) {
  if (address == "localhost") return true;
  in_addr v4{};
  if (inet_pton(AF_INET, address.c_str(), &v4) == 1) {
    return (ntohl(v4.s_addr) >> 24) == 127;
  }
  in6_addr v6{};
  if (inet_pton(AF_INET6, address.c_str(), &v6) == 1) {
    return std::memcmp(&v6, &in6addr_loopback, sizeof v6) == 0;
  }
  return false;
}

}  // namespace yizhan::kiosk
