#!/bin/sh
# ossl-lint audit of icecast (github.com/xiph/Icecast-Server, branch master)
# 2f2576bcc31a0b9ea23adbca66bf3ea3821ae1d2 (2025-12-14)
# usage: icecast.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/icecast (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libigloo-dev libxml2-dev libxslt1-dev libvorbis-dev
# libogg-dev libtheora-dev libspeex-dev libcurl4-openssl-dev libssl-dev librhash-dev, plus
# autoconf automake libtool pkg-config): git archive of the commit into $R/icecast/src. Its two
# submodules (m4 -> icecast-m4 and src/common -> icecast-common 0a6aa55) are empty in the archive
# and neither upstream can be had here; both are taken from the vendored copies in the fork
# spacepille/icecast-server 7cd7966 (2024-12-25): `git archive HEAD src/common m4 | tar -x -C src`.
# Then in src: autoreconf -fi &&
#   LIBIGLOO_CFLAGS=" " LIBIGLOO_LIBS=-ligloo ./configure --with-openssl   (only configures:
#   writes config.h with HAVE_OPENSSL; the two variables bypass the pkg-config check
#   `igloo >= 0.9.4`, Debian 12 has 0.9.2, whose headers suffice for these files; nothing is built);
#   the flags are src/Makefile's (DEFS -DHAVE_CONFIG_H, -std=c99, -I. -I.. -I./common, libxml2).
# Files: the OpenSSL layer (src/tls.c: SSL_read, SSL_write, SSL_shutdown, SSL_get_error behind
# tls_read/tls_write/tls_unref), the connection code that calls it through con->read/con->send
# and runs the request/body/connection queue threads (src/connection.c), the request handler
# (src/connection_handle.c), the client layer (src/client.c: client_read_bytes,
# client_send_bytes, client_destroy), the listening sockets (src/listensocket.c), the source
# threads and the file-serving thread that write to listeners (src/source.c, src/fserve.c,
# src/format.c, src/format_mp3.c, src/format_ogg.c, src/format_ebml.c, src/stats.c), the PRNG
# seeding on OpenSSL RAND with its ERR_get_error() (src/prng.c) and the program (src/main.c).
# src/event_stream.c (another client_send_bytes caller) is left out: it calls the 4-argument
# thread_cond_timedwait() of the newer icecast-common, which the fork's copy lacks.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/icecast" ] || { echo "$0: $R/icecast: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/icecast/src
exec "$BIN" "$@" -j2 \
  $S/src/tls.c $S/src/connection.c $S/src/connection_handle.c $S/src/client.c $S/src/listensocket.c \
  $S/src/source.c $S/src/fserve.c $S/src/format.c $S/src/format_mp3.c $S/src/format_ogg.c \
  $S/src/format_ebml.c $S/src/stats.c $S/src/prng.c $S/src/main.c \
  -- -std=c99 -DHAVE_CONFIG_H -I$S -I$S/src -I$S/src/common -I/usr/include/libxml2
