#pragma once
// SDL counts subsystem users without a lock, and the sound output opens and closes audio on
// its own thread while the UI thread owns video: every SDL_InitSubSystem / SDL_QuitSubSystem
// in the program goes through these two functions, which take one lock.
#include <cstdint>
#include <string>

namespace yizhan::drivers {

// Returns an empty string on success, SDL's error otherwise.
std::string initSdlSubsystems(std::uint32_t flags);
void quitSdlSubsystems(std::uint32_t flags);

}  // namespace yizhan::drivers
