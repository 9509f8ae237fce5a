#include "ui/mapped_font_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ui/font_library.h"

namespace yizhan::ui {

MappedFontFile::MappedFontFile(const std::filesystem::path& file) {
  int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    throw FontError("找不到字体文件 (font file not found): " + file.string() +
                    "\n请安装 (install it with): sudo apt-get install fonts-noto-cjk");
  }
  struct stat st {};
  bool regular = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
  if (!regular || st.st_size < 1024) {
    ::close(fd);
    throw FontError("字体文件无效 (font file is not a font): " + file.string());
  }
  size_ = static_cast<size_t>(st.st_size);
  data_ = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);  // the mapping keeps the file open
  if (data_ == MAP_FAILED) {
    data_ = nullptr;
    throw FontError("字体文件无法读取 (font file cannot be mapped): " + file.string());
  }
}

void MappedFontFile::evict() const {
  if (data_) ::madvise(data_, size_, MADV_DONTNEED);
}

MappedFontFile::~MappedFontFile() {
  if (data_) ::munmap(data_, size_);
}

}  // namespace yizhan::ui
