#pragma once
// The glyph atlas on the GPU as a one-channel texture. ImGui's OpenGL backend uploads RGBA,
// four bytes for what is one byte of coverage: on a software rasteriser (llvmpipe) that is
// 8 MB of memory and ≈ 40 ms at start-up for a 1080p atlas instead of 2 MB and a few ms.
#include "imgui.h"

namespace yizhan::ui {

class FontTexture {
 public:
  FontTexture() = default;
  ~FontTexture();
  FontTexture(const FontTexture&) = delete;
  FontTexture& operator=(const FontTexture&) = delete;

  // Uploads the built `atlas`, points it at the texture and frees its CPU-side pixels.
  // Needs a current GL 3.3 context.
  void upload(ImFontAtlas& atlas);
  // Deletes the texture; call while its GL context is still current.
  void reset();

 private:
  unsigned int texture_ = 0;
};

}  // namespace yizhan::ui
