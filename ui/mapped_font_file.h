#pragma once
// A font file mapped read-only into memory. Noto Sans CJK is a 19 MB collection of which the
// kiosk touches a few hundred glyphs: mapping it keeps only those pages resident, where reading
// it into a buffer would make all 19 MB part of the process.
#include <cstddef>
#include <filesystem>
#include <string>

namespace yizhan::ui {

class MappedFontFile {
 public:
  // Throws FontError naming the file and what to install.
  explicit MappedFontFile(const std::filesystem::path& file);
  ~MappedFontFile();
  MappedFontFile(const MappedFontFile&) = delete;
  MappedFontFile& operator=(const MappedFontFile&) = delete;

  // Gives the pages read so far back to the page cache: the glyphs are in the atlas by then,
  // and the next rebuild reads the few pages it needs again.
  void evict() const;

  const void* data() const { return data_; }
  size_t size() const { return size_; }

 private:
  void* data_ = nullptr;
  size_t size_ = 0;
};

}  // namespace yizhan::ui
