#include "ui/app/font_texture.h"

#include <GL/gl.h>
#include <GL/glext.h>

#include <cstdint>

namespace yizhan::ui {

FontTexture::~FontTexture() {
  reset();
}

void FontTexture::reset() {
  if (texture_) glDeleteTextures(1, &texture_);
  texture_ = 0;
}

void FontTexture::upload(ImFontAtlas& atlas) {
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  atlas.GetTexDataAsAlpha8(&pixels, &width, &height);
  if (!texture_) glGenTextures(1, &texture_);
  glBindTexture(GL_TEXTURE_2D, texture_);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  // The backend's shader multiplies the vertex colour by the texel: read coverage as white
  // with that alpha, exactly what the RGBA upload would have held.
  const GLint swizzle[4] = {GL_ONE, GL_ONE, GL_ONE, GL_RED};
  glTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_RGBA, swizzle);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
  atlas.SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(texture_)));
  atlas.ClearTexData();
}

}  // namespace yizhan::ui
