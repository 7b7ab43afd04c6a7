#!/bin/sh
# ossl-lint audit of libshout (github.com/xiph/Icecast-libshout, branch master)
# 0496602d9665792d7ca1763d1dd0fa411ab0700d (2019-05-29); submodules at the commits it pins:
# src/common = xiph/Icecast-common 5de3e8b3b063002d8a9f52122e97f721e1742531, m4 = xiph/Icecast-m4
# 57027c6cc3f8b26d59e9560b4ac72a1a06d643b9
# usage: libshout.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/libshout (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libogg-dev libvorbis-dev libtheora-dev
# libspeex-dev): git archive of the commit into $R/libshout/src, the two submodules' archives into
# src/src/common and src/m4, then in src:
#   ./autogen.sh && ./configure --with-openssl   (only configures: writes config.h with
#   HAVE_OPENSSL; nothing is built); the flags are src/Makefile's (DEFS -DHAVE_CONFIG_H,
#   DEFAULT_INCLUDES -I. -I$(top_builddir), AM_CPPFLAGS -I$(top_builddir)/include -I$(srcdir)/common;
#   no -std: gcc's default gnu17)
# Files: the OpenSSL layer (src/tls.c: SSL_connect, SSL_read, SSL_write, SSL_shutdown, and
# shout_tls_recoverable()'s SSL_get_error() over the result kept in tls->ssl_ret), the connection
# code over a non-blocking socket that calls it and drives the state machine (src/connection.c),
# the public API that runs it (src/shout.c), the protocols reading and writing through it
# (src/proto_http.c, proto_icy.c, proto_roaraudio.c, proto_xaudiocast.c) and their helpers
# (src/util.c, src/queue.c).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/libshout" ] || { echo "$0: $R/libshout: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/libshout/src
exec "$BIN" "$@" -j2 \
  $S/src/tls.c $S/src/connection.c $S/src/shout.c $S/src/proto_http.c $S/src/proto_icy.c \
  $S/src/proto_roaraudio.c $S/src/proto_xaudiocast.c $S/src/util.c $S/src/queue.c \
  -- -DHAVE_CONFIG_H -I$S -I$S/src -I$S/include -I$S/src/common
