#pragma once
// Turns mouse and touch events into one pointer that ImGui sees, one state per frame, so a
// press and release arriving together are both seen, and after a release the pointer leaves
// the screen: no button stays "hovered" under a lifted finger.
#include <SDL2/SDL.h>

#include <deque>

#include "imgui.h"

namespace yizhan::ui {

class PointerInput {
 public:
  // Returns true for a press (the resident touched the screen).
  bool onEvent(const SDL_Event& event, float width, float height);
  void press(float x, float y);
  void release(float x, float y);
  // Moves the next queued state into ImGui's IO (call once per frame, after the backend).
  void apply(ImGuiIO& io);
  bool pending() const { return !queue_.empty(); }

 private:
  struct State {
    float x, y;
    bool down;
  };
  void push(State s);
  std::deque<State> queue_;
  State current_{-FLT_MAX, -FLT_MAX, false};
};

}  // namespace yizhan::ui
