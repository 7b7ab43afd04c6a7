#!/bin/sh
# ossl-lint audit of libwsclient (github.com/payden/libwsclient, branch master) d416fcb62c2d49b956433b0ea9081802eee6c534 (2012-11-25, "I guess the config.h.in is needed")
# usage: libwsclient.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/libwsclient (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev autoconf automake libtool): git archive
#   --prefix=src/ of the commit into $R/libwsclient (tree $R/libwsclient/src); then in src:
#   `mkdir -p m4 && sh autogen.sh && ./configure` (writes src/config.h with HAVE_LIBSSL 1, as
#   AC_CHECK_LIB(ssl, SSL_CTX_new) finds libssl); flags are automake's for Makefile.am's
#   libwsclient.la (-DHAVE_CONFIG_H -I.)
# Files: the whole library as Makefile.am builds it: wsclient.c (the WebSocket client: the
#   handshake thread's blocking SSL_connect(), then _libwsclient_read()/_libwsclient_write(),
#   thin wrappers over SSL_read()/SSL_write() or recv()/send(), used by the handshake, the run
#   thread's read loop, libwsclient_send*() and the close frame), base64.c, sha1.c.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/libwsclient" ] || { echo "$0: $R/libwsclient: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/libwsclient/src
exec "$BIN" "$@" -j2 \
  $S/wsclient.c $S/base64.c $S/sha1.c \
  -- -DHAVE_CONFIG_H -I$S
