// kill -9 of a station at random moments while it takes numbers and uploads them, over and
// over (YIZHAN_CRASH_CYCLES, default 100): every number it acknowledged is in its store with
// its event, the database checks out, and once a station drains the rest, the district holds
// every event exactly once, in order.
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <random>
#include <set>
#include <sstream>
#include <thread>

#include "support/district_fixture.h"

using namespace yizhan;
using std::chrono::milliseconds;

namespace {
int cycles() {
  const char* env = std::getenv("YIZHAN_CRASH_CYCLES");
  return env ? std::atoi(env) : 100;
}

// Reads what the child wrote so far, waiting up to `wait` for something.
void readSome(int fd, std::string& out, milliseconds wait) {
  pollfd p{fd, POLLIN, 0};
  if (poll(&p, 1, static_cast<int>(wait.count())) <= 0) return;
  char buffer[4096];
  ssize_t n = read(fd, buffer, sizeof buffer);
  if (n > 0) out.append(buffer, static_cast<size_t>(n));
}

// Starts the child on `dir`, kills it with SIGKILL `runFor` after its first acknowledged number
// (or, when `duringStartUp`, `runFor` after it was started, perhaps while it opens its store),
// and returns the ticket ids it had acknowledged (complete lines only: a line cut by the kill
// is not an ack). Counting from the first ack keeps the kills among issuing and uploading
// however slowly a loaded machine or a sanitizer starts the child.
std::vector<std::int64_t> runAndKill(const std::filesystem::path& dir, milliseconds runFor,
                                     bool duringStartUp) {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    dup2(fds[1], 1);
    close(fds[0]);
    close(fds[1]);
    execl(YIZHAN_CRASH_CHILD, YIZHAN_CRASH_CHILD, dir.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  close(fds[1]);
  std::string out;
  auto started = std::chrono::steady_clock::now();
  while (!duringStartUp && out.find('\n') == std::string::npos &&
         std::chrono::steady_clock::now() - started < std::chrono::seconds(20)) {
    readSome(fds[0], out, milliseconds(10));
  }
  std::this_thread::sleep_for(runFor);
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  char buffer[4096];
  for (ssize_t n; (n = read(fds[0], buffer, sizeof buffer)) > 0;) out.append(buffer, n);
  close(fds[0]);
  CHECK((WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL));  // it did not die of itself
  std::vector<std::int64_t> acked;
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) {
    if (lines.eof()) break;  // the last line had no newline: cut by the kill
    if (line.rfind("ack ", 0) == 0) acked.push_back(std::stoll(line.substr(4)));
  }
  return acked;
}
}  // namespace

TEST_CASE("kill -9 while issuing and uploading: nothing acknowledged lost, nothing doubled",
          "[sync][crash]") {
  test::DistrictFixture f;
  f.enroll();
  std::mt19937 random(20261129);
  std::set<std::int64_t> acked;
  int n = cycles();
  for (int cycle = 0; cycle < n; ++cycle) {
    // One kill in ten lands while the station starts up: opening, migrating, first reads.
    bool duringStartUp = random() % 10 == 0;
    auto ids = runAndKill(f.stationDir, milliseconds(random() % 150), duringStartUp);
    acked.insert(ids.begin(), ids.end());
  }
  INFO(n << " cycles, " << acked.size() << " numbers acknowledged");
  REQUIRE(acked.size() > static_cast<size_t>(n));
  CHECK(f.store.db().integrityCheck() == "ok");

  // Every acknowledged number is there, each number has its one ticket.issued event.
  std::set<std::int64_t> tickets;
  {
    auto stmt = f.store.db().prepare("SELECT id FROM ticket");
    while (stmt.step()) tickets.insert(stmt.columnInt(0));
  }
  for (auto id : acked) CHECK(tickets.count(id) == 1);
  {
    // Scoped: a statement left stepping would hold its read snapshot for the checks below.
    auto issuedEvents = f.store.db().prepare(
        "SELECT count(*), count(DISTINCT json_extract(payload, '$.ticket_id')) FROM outbox "
        "WHERE type = 'ticket.issued'");
    issuedEvents.step();
    CHECK(issuedEvents.columnInt(0) == static_cast<std::int64_t>(tickets.size()));
    CHECK(issuedEvents.columnInt(1) == static_cast<std::int64_t>(tickets.size()));
  }
  std::int64_t arrivedWhileCrashing = f.districtStore.eventCount();
  CHECK(arrivedWhileCrashing > 0);  // the killed stations were uploading, not only issuing

  // A station that lives drains the rest: each event once, in order.
  kiosk::SyncWorker worker(f.store.db().path(), f.credentials, f.settings(), f.clock);
  worker.start();
  REQUIRE(worker.waitUntilDrained(milliseconds(120'000)));
  worker.stop();
  f.requireDeliveredExactlyOnceInOrder();
  CHECK(f.districtStore.eventCount() == static_cast<std::int64_t>(tickets.size()));
}
