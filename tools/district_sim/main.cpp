// district-sim: the reference district server for development and tests.
//   district-sim --db district.sqlite [--bind 127.0.0.1] [--port 8760] [--token T ...]
//                [--config config.json]
// Serves until SIGINT or SIGTERM; GET / says how many events arrived.
#include <sodium.h>
#include <CLI/CLI.hpp>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "tools/district_sim/district_server.h"

int main(int argc, char** argv) {
  CLI::App app{"district-sim: reference server of docs/district-api.md"};
  std::string db = "district.sqlite", bind = "127.0.0.1", configFile;
  int port = 8760;
  std::vector<std::string> tokens;
  app.add_option("--db", db, "its SQLite file");
  app.add_option("--bind", bind, "address to listen on");
  app.add_option("--port", port, "port (0: any free port, printed)");
  app.add_option("--token", tokens, "an enrollment token to accept (repeatable)");
  app.add_option("--config", configFile, "configuration JSON served to stations")
      ->check(CLI::ExistingFile);
  CLI11_PARSE(app, argc, argv);
  if (sodium_init() < 0) {
    std::fprintf(stderr, "district-sim: libsodium failed to start\n");
    return 1;
  }
  std::string config = R"({"version": "empty", "sections": {}})";
  if (!configFile.empty()) {
    std::ifstream in(configFile);
    std::stringstream text;
    text << in.rdbuf();
    config = text.str();
  }
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);  // before the server's threads start
  try {
    yizhan::district::DistrictStore store(db);
    for (const auto& t : tokens) store.addEnrollmentToken(t);
    yizhan::district::DistrictServer server(store, config, [] {
      return std::chrono::duration_cast<std::chrono::seconds>(
                 std::chrono::system_clock::now().time_since_epoch())
          .count();
    });
    int bound = server.start(bind, port);
    std::printf("district-sim: listening on http://%s:%d/ (store %s)\n", bind.c_str(), bound,
                db.c_str());
    std::fflush(stdout);
    int sig = 0;
    sigwait(&signals, &sig);
    server.stop();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "district-sim: %s\n", e.what());
    return 1;
  }
  return 0;
}
