#include <catch2/catch.hpp>

#include "ui/app/frame_times.h"

using yizhan::ui::FrameTimes;

TEST_CASE("frame times keep a bounded window of the most recent frames", "[ui]") {
  FrameTimes times;
  for (int i = 0; i < static_cast<int>(FrameTimes::kKept) + 100; ++i)
    times.record(i, 2.0 * i, 0.5 * i);
  REQUIRE(times.count() == FrameTimes::kKept + 100);
  std::vector<double> all = times.wallSince(0);
  REQUIRE(all.size() == FrameTimes::kKept);
  CHECK(all.front() == 100.0);  // the oldest hundred were dropped
  CHECK(all.back() == FrameTimes::kKept + 99.0);
}

TEST_CASE("frame times since a mark return only the frames after it", "[ui]") {
  FrameTimes times;
  times.record(1, 10, 100);
  times.record(2, 20, 200);
  std::uint64_t mark = times.count();
  times.record(3, 30, 300);
  times.record(4, 40, 400);
  CHECK(times.wallSince(mark) == std::vector<double>{3, 4});
  CHECK(times.cpuSince(mark) == std::vector<double>{30, 40});
  CHECK(times.uiThreadCpuSince(mark) == std::vector<double>{300, 400});
  CHECK(times.wallSince(times.count()).empty());
}
