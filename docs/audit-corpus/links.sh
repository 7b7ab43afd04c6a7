#!/bin/sh
# ossl-lint audit of links (Links 2.25, github.com/deepin-community/links2, the Deepin packaging
# of links2 with upstream's source at the top, branch master)
# 28cf054c65019a45897bc8c69a3df9c14b90b0db (2023-08-15)
# usage: links.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/links (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0): one blob of the snapshot is missing (font_inc.c, the
#   graphics mode's fonts), so: git archive 28cf054 -- . ':!font_inc.c' into $R/links/src; then
#   in src the text-mode configure of debian/rules (build-links): `./configure --without-libevent
#   --without-svgalib --without-x --without-fb --without-directfb --without-libjpeg
#   --without-librsvg --without-libtiff` (SSL support: OPENSSL, graphics: no), which writes
#   config.h; the flags are its Makefile's DEFS and CFLAGS. The quilt patches of debian/patches
#   are not applied (none touches connect.c or https.c).
# Files: the connection layer (connect.c: ssl_want_io and connected (the handshake) with
# SSL_connect and SSL_get_error, write_select with SSL_write, read_select with SSL_read, the
# error-queue drain of clear_ssl_errors), the SSL context, verification and close (https.c:
# SSL_shutdown), the protocols that read and write through connect.c (http.c, ftp.c), the
# scheduler that opens and closes connections (sched.c), the session layer (session.c) and the
# select loop that calls read_select/write_select through handlers (select.c).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/links" ] || { echo "$0: $R/links: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/links/src
exec "$BIN" "$@" -j2 \
  $S/connect.c $S/https.c $S/http.c $S/ftp.c $S/sched.c $S/session.c $S/select.c \
  -- -DHAVE_CONFIG_H -I$S -g -O2
