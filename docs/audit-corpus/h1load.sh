#!/bin/sh
# ossl-lint audit of h1load (github.com/wtarreau/h1load, branch master)
# fe63a624a615612a56879b08694be9b6c3b66c43 (2025-07-26, "h1load: Ensure the Host header does not
# contain a query string"); it stands in for httpd's ab (support/ab.c), whose audit is already
# in httpd.sh: h1load is a multi-threaded non-blocking HTTP/1 benchmark client over OpenSSL
# usage: h1load.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/h1load (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): git archive of the commit into
# $R/h1load/src; nothing to configure (plain Makefile, no config header); the flags are the
# Makefile's CFLAGS with its default USE_SSL=1: -DUSE_SSL=1 -pthread (-O3 -fomit-frame-pointer
# -Wall -g left out); no -std: the compiler's default
# Files: h1load.c is the whole program (conn_ssl_send/conn_ssl_recv: SSL_write/SSL_read on the
# non-blocking socket, classified with SSL_get_error, a want re-arms epoll; handle_conn's
# connect step: SSL_new, SSL_set_fd, SNI, a saved session and the SSL_connect classified;
# ssl_sess_new_srv_cb; the SSL_CTX setup per thread; each thread's epoll loop serves all its
# connections)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/h1load" ] || { echo "$0: $R/h1load: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/h1load/src
exec "$BIN" "$@" -j2 \
  $S/h1load.c \
  -- -DUSE_SSL=1 -pthread -I$S
