#include "ui/app/pointer_input.h"

namespace yizhan::ui {

void PointerInput::push(State s) {
  // Coalesce plain moves so a moving mouse does not queue hundreds of frames.
  if (!queue_.empty() && !s.down && !queue_.back().down && s.x != -FLT_MAX &&
      queue_.back().x != -FLT_MAX) {
    queue_.back() = s;
    return;
  }
  queue_.push_back(s);
}

void PointerInput::press(float x, float y) {
  push({x, y, true});
}

void PointerInput::release(float x, float y) {
  push({x, y, false});
  push({-FLT_MAX, -FLT_MAX, false});
}

bool PointerInput::onEvent(const SDL_Event& event, float width, float height) {
  switch (event.type) {
    case SDL_FINGERDOWN:
      press(event.tfinger.x * width, event.tfinger.y * height);
      return true;
    case SDL_FINGERUP:
      release(event.tfinger.x * width, event.tfinger.y * height);
      return false;
    case SDL_FINGERMOTION:
      push({event.tfinger.x * width, event.tfinger.y * height, true});
      return false;
    case SDL_MOUSEBUTTONDOWN:
      if (event.button.which == SDL_TOUCH_MOUSEID || event.button.button != SDL_BUTTON_LEFT) break;
      press(static_cast<float>(event.button.x), static_cast<float>(event.button.y));
      return true;
    case SDL_MOUSEBUTTONUP:
      if (event.button.which == SDL_TOUCH_MOUSEID || event.button.button != SDL_BUTTON_LEFT) break;
      release(static_cast<float>(event.button.x), static_cast<float>(event.button.y));
      return false;
    case SDL_MOUSEMOTION:
      if (event.motion.which == SDL_TOUCH_MOUSEID) break;
      push({static_cast<float>(event.motion.x), static_cast<float>(event.motion.y),
            (event.motion.state & SDL_BUTTON_LMASK) != 0});
      return false;
    default:
      break;
  }
  return false;
}

void PointerInput::apply(ImGuiIO& io) {
  if (!queue_.empty()) {
    current_ = queue_.front();
    queue_.pop_front();
  }
  io.MousePos = ImVec2(current_.x, current_.y);
  io.MouseDown[0] = current_.down;
  for (int i = 1; i < 5; ++i) io.MouseDown[i] = false;
}

}  // namespace yizhan::ui
