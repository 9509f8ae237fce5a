#include "drivers/sdl_subsystems.h"

#include <SDL2/SDL.h>

#include <mutex>

namespace yizhan::drivers {

namespace {
std::mutex& subsystemLock() {
  static std::mutex lock;
  return lock;
}
}  // namespace

std::string initSdlSubsystems(std::uint32_t flags) {
  std::lock_guard lock(subsystemLock());
  if (SDL_InitSubSystem(flags) == 0) return {};
  std::string error = SDL_GetError();
  return error.empty() ? "SDL_InitSubSystem failed" : error;
}

void quitSdlSubsystems(std::uint32_t flags) {
  std::lock_guard lock(subsystemLock());
  SDL_QuitSubSystem(flags);
}

}  // namespace yizhan::drivers
