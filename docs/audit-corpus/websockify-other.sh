#!/bin/sh
# ossl-lint audit of websockify-other (github.com/novnc/websockify-other, branch master) 4bdeb8a624c62ec59804d11eef4e0019b6e7692f (2025-09-24, "Merge pull request #28 from Forbirdden/patch-1")
# usage: websockify-other.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/websockify-other (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): git archive --prefix=src/ of the commit
# into $R/websockify-other (the tree is $R/websockify-other/src); nothing is configured: c/Makefile
# adds only -fPIC to the default CFLAGS
# Files: the C implementation, c/websocket.c (the forking accept loop start_server(), the per-
# client SSL_CTX and SSL_accept() in ws_socket_ssl(), the ws_recv()/ws_send() wrappers over
# SSL_read()/SSL_write() or recv()/send(), the WebSocket handshake and the hixie/hybi frame
# codecs) and c/websockify.c (the select() proxy loop between the WebSocket client and the TCP
# target, and main()).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/websockify-other" ] || { echo "$0: $R/websockify-other: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/websockify-other/src
exec "$BIN" "$@" -j2 \
  $S/c/websocket.c $S/c/websockify.c \
  -- -fPIC
