#!/bin/sh
# ossl-lint audit of nghttp2 (github.com/nghttp2/nghttp2, branch master)
# 692c8d8fce4f31ba2a9449b903877543043b0e3f (2026-08-06, "Merge pull request #2824 from nghttp2/dependabot/github_actions/actions/stale-11")
# usage: nghttp2.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/nghttp2 (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libevent-dev): git archive --prefix=src/
# of the commit into $R/nghttp2 (the repository has its own src/); the submodule
# third-party/urlparse (github.com/ngtcp2/urlparse at the recorded 59b068a7618a) archived into
# src/third-party/urlparse; no configure: $R/nghttp2/generated/nghttp2/nghttp2ver.h written by
# hand from lib/includes/nghttp2/nghttp2ver.h.in (1.71.0-DEV, 0x014700, as configure.ac
# computes it); the flags are examples/Makefile.am's AM_CPPFLAGS (lib/includes, the generated
# includes, third-party/urlparse) with the HAVE_*_H that config.h would give instead of
# -DHAVE_CONFIG_H, and config.h's NGHTTP2_NORETURN=__attribute__((noreturn)) (configure.ac, GCC)
# Files: nghttp2's C examples with OpenSSL: examples/client.c (a blocking-connect then
# non-blocking poll() HTTP/2 client: SSL_connect, and SSL_write/SSL_read in nghttp2's send and
# recv callbacks, each after ERR_clear_error, classified with SSL_get_error),
# examples/libevent-client.c and examples/libevent-server.c (HTTP/2 client and server whose TLS
# I/O is done by libevent's bufferevent_openssl; the examples only set up SSL/SSL_CTX, ALPN and
# read the negotiated protocol).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/nghttp2" ] || { echo "$0: $R/nghttp2: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/nghttp2/src
exec "$BIN" "$@" -j2 \
  $S/examples/client.c $S/examples/libevent-client.c $S/examples/libevent-server.c \
  -- -I$S/lib/includes -I$R/nghttp2/generated -I$S/third-party/urlparse -DHAVE_UNISTD_H \
  -DHAVE_FCNTL_H -DHAVE_SYS_SOCKET_H -DHAVE_NETDB_H -DHAVE_NETINET_IN_H \
  "-DNGHTTP2_NORETURN=__attribute__((noreturn))"
