# What the checker builds on, found once for the top level and for fuzz/ (which
# can also be configured on its own).
# libclang 19: its C API tells binary operator kinds (clang_getCursorBinaryOperatorKind).
find_path(LIBCLANG_INCLUDE_DIR clang-c/Index.h
  HINTS /usr/lib/llvm-19/include REQUIRED NO_DEFAULT_PATH)
find_library(LIBCLANG_LIBRARY NAMES clang-19 clang
  HINTS /usr/lib/llvm-19/lib REQUIRED NO_DEFAULT_PATH)
find_package(PkgConfig REQUIRED)
pkg_check_modules(YAML REQUIRED IMPORTED_TARGET yaml-0.1)
pkg_check_modules(JANSSON REQUIRED IMPORTED_TARGET jansson)
find_package(Threads REQUIRED)
