#!/bin/sh
# ossl-lint audit of goaccess (github.com/allinurl/goaccess, branch master) 0784e0e7c2812363211bfb334db8cfebaacf97a0 (2026-08-19, "Updated man page formatting.")
# usage: goaccess.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/goaccess (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libncursesw5-dev autoconf automake autopoint gettext):
# git archive --prefix=src/ of the commit into $R/goaccess (the tree is $R/goaccess/src); in src:
# autoreconf -fi, then ./configure --with-openssl --enable-utf8 (only for src/config.h: HAVE_LIBSSL,
# HAVE_CIPHER_STD_NAME; nothing is built); the flags are the Makefile's DEFS, DEFAULT_INCLUDES, CFLAGS and
# the -DSYSCONFDIR of AM_CFLAGS
# Files: src/websocket.c is the real-time HTML report's WebSocket server (the same code as gwsocket's),
# run in its own thread: a select() loop over non-blocking sockets, SSL_CTX setup in
# initialize_ssl_ctx(), SSL_accept in accept_ssl()/handle_accept_ssl(), SSL_read in
# read_ssl_socket(), SSL_write in send_ssl_buffer(), SSL_shutdown in shutdown_ssl(), the classification
# logged by log_return_message() (which drains one queue code on SSL_ERROR_SYSCALL and the default);
# src/gwsocket.c starts the server thread (start_server()) and the pipe reader, src/wsauth.c is the JWT
# check the handshake calls through wsconfig.auth (HMAC), src/goaccess.c the program that starts it all
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/goaccess" ] || { echo "$0: $R/goaccess: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/goaccess/src
exec "$BIN" "$@" -j2 \
  $S/src/websocket.c $S/src/gwsocket.c $S/src/wsauth.c $S/src/goaccess.c \
  -- '-DLOCALEDIR="/usr/local/share/locale"' -DHAVE_CONFIG_H -I$S -I$S/src \
  '-DSYSCONFDIR="/usr/local/etc"' -pthread -O2
