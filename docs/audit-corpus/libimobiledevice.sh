#!/bin/sh
# ossl-lint audit of libimobiledevice (github.com/libimobiledevice/libimobiledevice, branch master)
# fa0f79190142bc309307967c058f89c1b36eb6b8 (2026-06-10)
# usage: libimobiledevice.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/libimobiledevice (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0): git archive of the commit into $R/libimobiledevice/src.
#   Debian 12 lacks libimobiledevice-glue and libtatsu, and its libplist (2.2) is older than the
#   2.3 configure wants, so their headers come from their own repositories' newest snapshots
#   (git archive ... include into $R/libimobiledevice/deps/NAME):
#   libimobiledevice/libimobiledevice-glue da770a7 (2025-11-24), libimobiledevice/libplist dddb76d
#   (2026-04-10), libimobiledevice/libusbmuxd 93eb168 (2025-09-08). Then in src:
#     echo 1.4.0-9-gfa0f791 > .tarball-version     (git describe; no .git in an archive)
#     NOCONFIGURE=1 ./autogen.sh && ./configure --with-openssl --without-cython \
#       libusbmuxd_CFLAGS=-I$D/libusbmuxd/include libplist_CFLAGS=-I$D/libplist/include \
#       limd_glue_CFLAGS=-I$D/libimobiledevice-glue/include libtatsu_CFLAGS=" " \
#       libusbmuxd_LIBS=" " libplist_LIBS=" " limd_glue_LIBS=" " libtatsu_LIBS=" "
#     (D=$R/libimobiledevice/deps; writes config.h: HAVE_OPENSSL, HAVE_WIRELESS_PAIRING,
#     STRIP_DEBUG_CODE, ...). The flags are src/Makefile's DEFS, DEFAULT_INCLUDES, AM_CPPFLAGS
#     and AM_CFLAGS (GLOBAL_CFLAGS, PTHREAD_CFLAGS and the three packages' CFLAGS).
# Files: the OpenSSL code (src/idevice.c: SSL_write, SSL_read, SSL_do_handshake, SSL_shutdown,
# SSL_get_error, the BIO_s_null() transport driven by a BIO_set_callback_ex() callback), its
# callers (src/service.c, src/property_list_service.c, src/device_link_service.c, src/lockdown.c),
# the wireless-pairing crypto (src/lockdown-cu.c) and the pair-record code (common/userpref.c).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/libimobiledevice" ] || { echo "$0: $R/libimobiledevice: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/libimobiledevice/src
D=$R/libimobiledevice/deps
exec "$BIN" "$@" -j2 \
  $S/src/idevice.c $S/src/service.c $S/src/property_list_service.c $S/src/device_link_service.c \
  $S/src/lockdown.c $S/src/lockdown-cu.c $S/common/userpref.c \
  -- -DHAVE_CONFIG_H -I$S/src -I$S -I$S/include -I$S/3rd_party/libsrp6a-sha512 -I$S/3rd_party/ed25519 \
     -Wall -Wextra -Wmissing-declarations -Wredundant-decls -Wshadow -Wpointer-arith -Wwrite-strings \
     -Wswitch-default -Wno-unused-parameter -fsigned-char -fvisibility=hidden -pthread \
     -I$D/libusbmuxd/include -I$D/libplist/include -I$D/libimobiledevice-glue/include -O2
