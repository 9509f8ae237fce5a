#pragma once
// Logging in to the counter console over HTTP as staff at a counter: the session cookie that
// every later request carries.
#include <httplib.h>
#include <catch2/catch.hpp>

#include <string>

namespace yizhan::test {

inline std::string consoleLogin(httplib::Client& client, int counter, const std::string& pin) {
  auto res = client.Post("/login", "counter=" + std::to_string(counter) + "&pin=" + pin,
                         "application/x-www-form-urlencoded");
  REQUIRE(res);
  REQUIRE(res->status == 303);
  std::string set = res->get_header_value("Set-Cookie");
  return set.substr(0, set.find(';'));
}

}  // namespace yizhan::test
