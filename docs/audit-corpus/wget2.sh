#!/bin/sh
# ossl-lint audit of wget2 a06d3d9a6ee624e90f5f38e7a845161f9f78cf4f (2026-06-12)
# usage: wget2.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/wget2 (docs/audit-corpus/README.md)
# preparation: git archive of the commit into $R/wget2/src; the gnulib submodule (commit
# 88592a2880cf39a2f597cd0294a90d8dd7faa2df, from the GitHub mirror coreutils/gnulib) checked out
# into src/gnulib; apt-get install autopoint lzip texinfo; then in src:
#   ./bootstrap --no-git --gnulib-srcdir=gnulib --skip-po
#   ./configure --with-ssl=openssl --disable-doc --without-libpsl --without-libhsts \
#     --without-libnghttp2 --without-libidn2 --without-libidn --without-lzma --without-bzip2 \
#     --without-brotlidec --without-zstd --without-lzip --without-gpgme --without-libpcre2 \
#     --without-libpcre --without-libmicrohttpd --without-plugin-support
#   make -C lib -j2 $(BUILT_SOURCES of lib/Makefile)   (gnulib's generated headers only)
# (config.h: WITH_OPENSSL, WITH_OCSP, WITH_LIBDANE; flags below are those of `make -n
#  libwget_la-ssl_openssl.lo` in libwget, minus -g -O2 and the dependency options)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/wget2" ] || { echo "$0: $R/wget2: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/wget2/src
exec "$BIN" "$@" -j2 \
  $S/libwget/ssl_openssl.c $S/libwget/net.c $S/libwget/hashfile.c \
  -- -DHAVE_CONFIG_H -I$S/libwget -I$S -fPIC -I$S/include/wget -I$S/lib -fvisibility=hidden \
  -DBUILDING_LIBWGET '-DWGETVER_FILE="../include/wget/wgetver.h"' -I/usr/include/p11-kit-1 -DNDEBUG
