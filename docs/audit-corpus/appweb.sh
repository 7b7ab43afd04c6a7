#!/bin/sh
# ossl-lint audit of appweb (github.com/embedthis/appweb, branch main) 736ac8cba5798f4382254141f9bb91f10ff94ee2 (2025-11-03, "CLEAN")
# usage: appweb.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/appweb (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): git archive of the commit into $R/appweb/src
#   without src/sqlite/sqlite3.c, absent from the snapshot (git archive HEAD -- . ':!src/sqlite/sqlite3.c');
#   then, as the build's "prep" target does for $(BUILD)/inc, mkdir $R/appweb/inc and
#   cp src/projects/appweb-linux-default-me.h $R/appweb/inc/me.h (ME_COM_OPENSSL=1, ME_COM_SSL=1,
#   ME_COM_MBEDTLS=0); the other headers are taken from their source directories. Flags are
#   projects/appweb-linux-default.mk's (CFLAGS/DFLAGS, debug profile) for mprLib.o and httpLib.o;
#   the updater is built by src/updater/Makefile with plain `clang -o updater main.c updater.c`
#   (its own me.h and osdep.h sit next to it and win for its quoted includes).
# Files: the MPR amalgamation (src/mpr/mprLib.c: the socket layer mprReadSocket/mprWriteSocket and
# its OpenSSL provider upgradeOss/readOss/writeOss/closeOss/getOssError with SSL_connect, SSL_read
# (which also drives the server handshake), SSL_write, SSL_shutdown and SSL_get_error, non-blocking
# sockets), the HTTP library that drives those sockets (src/http/httpLib.c: readPacket, the client's
# secureNet), and the standalone OTA updater client (src/updater/updater.c and main.c: blocking
# SSL_connect/SSL_read/SSL_write, no SSL_get_error).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/appweb" ] || { echo "$0: $R/appweb: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/appweb/src
exec "$BIN" "$@" -j2 \
  $S/src/mpr/mprLib.c $S/src/http/httpLib.c $S/src/updater/updater.c $S/src/updater/main.c \
  -- -I$R/appweb/inc -I$S/src/mpr -I$S/src/osdep -I$S/src/http -I$S/src/pcre -I$S/src \
     -Wno-unused-result -Wall -fPIC -DPIC -D_REENTRANT -DME_DEBUG=1 \
     -DME_COM_OPENSSL=1 -DME_COM_SSL=1 -DME_COM_MBEDTLS=0
