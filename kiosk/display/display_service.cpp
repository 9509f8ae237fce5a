#include "kiosk/display/display_service.h"

#include <cstdio>

#include "data/store.h"
#include "drivers/speech/mandarin_text.h"
#include "kiosk/base/local_time.h"
#include "kiosk/echo/echo_strings.h"
#include "kiosk/queue/queue_strings.h"

namespace yizhan::kiosk {

namespace {
// While the kiosk has not created the store yet, look again this often.
constexpr auto kStoreRetry = std::chrono::seconds(2);
constexpr auto kBoardAfterCall = std::chrono::seconds(60);

int secondOfDay(TimePoint t) {
  LocalDateTime l = toLocal(t);
  return (l.hour * 60 + l.minute) * 60 + l.second;
}

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
  feed_.fillEcho(state_, config_.grids, lang());
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
    state_.showingEcho = false;
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
    feed_.fillEcho(state_, config_.grids, lang());
    ++revision_;
  }
  if (bool due = boardDue(now); due != state_.showingBoard) {
    state_.showingBoard = due;
    ++revision_;
  }
  std::optional<int> turn = state_.showingBoard ? std::nullopt : echoTurnDue(now);
  if (turn.has_value() != state_.showingEcho || (turn && *turn != state_.echoTurn)) {
    // The wall comes up: its headline said once, after any call still being announced.
    if (turn && !state_.showingEcho && announcer_) {
      announcer_->say(format(EchoStr::HeadlineSpoken, lang(), {std::to_string(state_.echo.size())}),
                      false);
    }
    state_.showingEcho = turn.has_value();
    state_.echoTurn = turn.value_or(0);
    ++revision_;
  }
}

std::optional<int> DisplayService::echoTurnDue(TimePoint now) const {
  int every = config_.display.echoWallEveryMinutes;
  if (every <= 0 || state_.echo.empty() || now - lastCall_ < kBoardAfterCall) return std::nullopt;
  int phase = echoPhase(now);
  if (phase >= config_.display.echoWallSeconds) return std::nullopt;
  return phase / kEchoPageSeconds;
}

int DisplayService::echoPhase(TimePoint now) const {
  // Halfway through the period: the volunteer board has its start.
  int period = config_.display.echoWallEveryMinutes * 60;
  return (secondOfDay(now) + period / 2) % period;
}

TimePoint DisplayService::nextEchoChange(TimePoint now) const {
  int every = config_.display.echoWallEveryMinutes;
  if (every <= 0) return TimePoint::max();
  int phase = echoPhase(now);
  int shown = config_.display.echoWallSeconds;
  // Showing: the next page; otherwise the next time it comes up.
  int wait = phase < shown ? std::min(kEchoPageSeconds - phase % kEchoPageSeconds, shown - phase)
                           : every * 60 - phase;
  TimePoint next = std::chrono::floor<std::chrono::seconds>(now) + std::chrono::seconds(wait);
  if (now - lastCall_ < kBoardAfterCall) next = std::min(next, lastCall_ + kBoardAfterCall);
  return next;
}

bool DisplayService::boardDue(TimePoint now) const {
  int every = config_.display.volunteerBoardEveryMinutes;
  if (every <= 0 || state_.board.empty() || now - lastCall_ < kBoardAfterCall) return false;
  int phase = secondOfDay(now) % (every * 60);
  return phase < config_.display.volunteerBoardSeconds;
}

TimePoint DisplayService::nextBoardChange(TimePoint now) const {
  int every = config_.display.volunteerBoardEveryMinutes;
  if (every <= 0) return TimePoint::max();
  int phase = secondOfDay(now) % (every * 60);
  int shown = config_.display.volunteerBoardSeconds;
  int wait = phase < shown ? shown - phase : every * 60 - phase;
  TimePoint next = std::chrono::floor<std::chrono::seconds>(now) + std::chrono::seconds(wait);
  if (now - lastCall_ < kBoardAfterCall) next = std::min(next, lastCall_ + kBoardAfterCall);
  return next;
}

TimePoint DisplayService::nextDeadline() const {
  TimePoint now = clock_.now();
  TimePoint next =
      std::min({startOfNextMinute(state_.now), nextBoardChange(now), nextEchoChange(now)});
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
