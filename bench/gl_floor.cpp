// The floor under the kiosk's start-up and memory on this machine: a bare SDL2 window with an
// OpenGL 3.3 context, exactly as the kiosk opens it, cleared to the tile colour and presented,
// then idle. No ImGui, no fonts, no store. bench/compare_with_chromium.py measures it beside
// the kiosk so that the kiosk's own share of the figures is visible.
#include <SDL2/SDL.h>
#include <SDL2/SDL_opengl.h>

int main() {
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) return 1;
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_Window* window =
      SDL_CreateWindow("floor", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1920, 1080,
                       SDL_WINDOW_OPENGL | SDL_WINDOW_FULLSCREEN_DESKTOP);
  if (!window) return 1;
  SDL_GLContext gl = SDL_GL_CreateContext(window);
  if (!gl) return 1;
  SDL_GL_SetSwapInterval(1);
  bool quit = false;
  bool redraw = true;
  while (!quit) {
    if (redraw) {
      glClearColor(0x9E / 255.0f, 0x1C / 255.0f, 0x1C / 255.0f, 1.0f);
      glClear(GL_COLOR_BUFFER_BIT);
      SDL_GL_SwapWindow(window);
      redraw = false;
    }
    SDL_Event event;
    if (SDL_WaitEvent(&event)) {
      quit = event.type == SDL_QUIT;
      redraw = event.type == SDL_WINDOWEVENT;
    }
  }
  SDL_GL_DeleteContext(gl);
  SDL_DestroyWindow(window);
  SDL_Quit();
  return 0;
}
