#include "kiosk/display/display_service.h"

#include <cstdio>

#include "data/store.h"
#include "drivers/speech/mandarin_text.h"
#include "kiosk/base/local_time.h"
#include "kiosk/queue/queue_strings.h"

namespace yizhan::kiosk {

namespace {
// While the kiosk has not created the store yet, look again this often.
constexpr auto kStoreRetry = std::chrono::seconds(2);
constexpr auto kBoardAfterCall = std::chrono::seconds(60);

TimePoint startOfNextMinute(TimePoint t) {
  return TimePoint(std::chrono::floor<std::chrono::minutes>(t.time_since_epoch()) +
                   std::chrono::minutes(1));
}
}  // namespace

DisplayService::DisplayService(const Config& config, const std::filesystem::path& dataDir,
                               const Clock& clock, drivers::SoundOutput& sound)
    : config_(config),
      clock_(clock),
      feed_(dataDir / data::Store::kFileName, config_.queue, clock) {
  state_.stationName = config_.station.name;
  state_.now = clock_.now();
  try {
    voice_ = std::make_unique<drivers::EspeakSynthesizer>();
    announcer_ = std::make_unique<drivers::Announcer>(*voice_, sound,
                                                      [this](const drivers::Announcer::Spoken& s) {
                                                        std::lock_guard lock(spokenMutex_);
                                                        spoken_.push_back(s.text);
                                                      });
  } catch (const std::exception& e) {
    std::fprintf(stderr, "yizhan display: 语音播报不可用，叫号只显示不播报 (no voice: %s)\n",
                 e.what());
  }
  refresh();
  feed_.fillBoard(state_);
  watcher_ = std::make_unique<StoreWatcher>(dataDir / data::Store::kFileName,
                                            [this] { worker_.post([this] { refresh(); }); });
}

DisplayService::~DisplayService() {
  watcher_.reset();
  worker_.stop();
}

std::string DisplayService::callPhrase(const std::string& code, int counter, Lang lang) {
  if (lang == Lang::En) return format(QueueStr::CallPhrase, lang, {code, std::to_string(counter)});
  return format(QueueStr::CallPhrase, lang,
                {drivers::spellTicketNumber(code), drivers::counterNumeral(counter)});
}

void DisplayService::refresh() {
  if (!feed_.changed() && state_.storeReady) return;
  for (const data::CallRecord& call : feed_.newCalls()) {
    // Each call and each recall once, in order; the announcer never talks over itself.
    if (announcer_) announcer_->say(callPhrase(call.code, call.counter, lang()), true);
    lastCall_ = clock_.now();
    state_.showingBoard = false;
  }
  feed_.fill(state_);
  ++revision_;
}

void DisplayService::tick() {
  worker_.drain();
  TimePoint now = clock_.now();
  if (!state_.storeReady) refresh();
  if (std::chrono::floor<std::chrono::minutes>(now) !=
      std::chrono::floor<std::chrono::minutes>(state_.now)) {
    state_.now = now;
    // The day may have turned: waiting counts are per day.
    feed_.fill(state_);
    feed_.fillBoard(state_);
    ++revision_;
  }
  if (bool due = boardDue(now); due != state_.showingBoard) {
    state_.showingBoard = due;
    ++revision_;
  }
}

bool DisplayService::boardDue(TimePoint now) const {
  int every = config_.display.volunteerBoardEveryMinutes;
  if (every <= 0 || state_.board.empty() || now - lastCall_ < kBoardAfterCall) return false;
  LocalDateTime t = toLocal(now);
  int phase = ((t.hour * 60 + t.minute) * 60 + t.second) % (every * 60);
  return phase < config_.display.volunteerBoardSeconds;
}

TimePoint DisplayService::nextBoardChange(TimePoint now) const {
  int every = config_.display.volunteerBoardEveryMinutes;
  if (every <= 0) return TimePoint::max();
  LocalDateTime t = toLocal(now);
  int phase = ((t.hour * 60 + t.minute) * 60 + t.second) % (every * 60);
  int shown = config_.display.volunteerBoardSeconds;
  int wait = phase < shown ? shown - phase : every * 60 - phase;
  TimePoint next = std::chrono::floor<std::chrono::seconds>(now) + std::chrono::seconds(wait);
  if (now - lastCall_ < kBoardAfterCall) next = std::min(next, lastCall_ + kBoardAfterCall);
  return next;
}

TimePoint DisplayService::nextDeadline() const {
  TimePoint next = std::min(startOfNextMinute(state_.now), nextBoardChange(clock_.now()));
  if (!state_.storeReady) next = std::min(next, clock_.now() + kStoreRetry);
  return next;
}

std::vector<std::string> DisplayService::spokenPhrases() const {
  std::lock_guard lock(spokenMutex_);
  return spoken_;
}

bool DisplayService::waitUntilQuiet(std::chrono::milliseconds timeout) {
  return !announcer_ || announcer_->waitUntilQuiet(timeout);
}

}  // namespace yizhan::kiosk
