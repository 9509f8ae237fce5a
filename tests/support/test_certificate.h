#pragma once
// A self-signed certificate for 127.0.0.1/localhost made with the openssl command for one
// test, and its public-key pin in curl's sha256//<base64> form.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace yizhan::test {

struct TestCertificate {
  std::filesystem::path certificate, privateKey;
  std::string pin;

  static TestCertificate makeIn(const std::filesystem::path& dir, const std::string& name) {
    TestCertificate c{dir / (name + ".crt"), dir / (name + ".key"), {}};
    std::string make =
        "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 "
        "-nodes -days 2 -subj /CN=localhost "
        "-addext subjectAltName=IP:127.0.0.1,DNS:localhost -keyout " +
        c.privateKey.string() + " -out " + c.certificate.string() + " >/dev/null 2>&1";
    if (std::system(make.c_str()) != 0) throw std::runtime_error("openssl req failed");
    std::string pin = "openssl x509 -in " + c.certificate.string() +
                      " -pubkey -noout | openssl pkey -pubin -outform der | "
                      "openssl dgst -sha256 -binary | base64";
    FILE* out = popen(pin.c_str(), "r");
    char line[128] = {};
    if (!out || !std::fgets(line, sizeof line, out)) throw std::runtime_error("pin failed");
    pclose(out);
    c.pin = "sha256//" + std::string(line);
    while (!c.pin.empty() && (c.pin.back() == '\n' || c.pin.back() == '\r')) c.pin.pop_back();
    return c;
  }
};

}  // namespace yizhan::test
