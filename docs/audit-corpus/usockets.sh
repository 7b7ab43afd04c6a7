#!/bin/sh
# ossl-lint audit of usockets (github.com/uNetworking/uSockets, branch master)
# 86097c490263ab662d62e8e7b541390bdec7d149 (2026-04-13)
# usage: usockets.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/usockets (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): git archive of the commit into
# $R/usockets/src; no configure step (plain Makefile). The flags are the Makefile's for
# WITH_OPENSSL=1 (-DLIBUS_USE_OPENSSL -std=c11 -Isrc), default epoll backend (no LIBUS_USE_*
# event-loop macro), plus -D_GNU_SOURCE for the Linux socket headers.
# Files: the OpenSSL layer (src/crypto/openssl.c: SSL_read/SSL_shutdown/SSL_get_error in
# ssl_on_data, SSL_write in us_internal_ssl_socket_write, SSL_shutdown in
# us_internal_ssl_socket_shutdown, over a custom memory BIO), the dispatchers that call it
# (src/socket.c, src/context.c), the loop (src/loop.c, src/eventing/epoll_kqueue.c), the BSD
# socket layer the BIO writes through (src/bsd.c) and an SSL example program (examples/http_server.c).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/usockets" ] || { echo "$0: $R/usockets: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/usockets/src
exec "$BIN" "$@" -j2 \
  $S/src/crypto/openssl.c $S/src/socket.c $S/src/context.c $S/src/loop.c \
  $S/src/eventing/epoll_kqueue.c $S/src/bsd.c $S/examples/http_server.c \
  -- -std=c11 -D_GNU_SOURCE -DLIBUS_USE_OPENSSL -I$S/src
