#!/bin/sh
# ossl-lint audit of http_load (github.com/Akagi201/http_load, branch master: an import of ACME
# Labs' http_load 27jun2014, Jef Poskanzer's multiprocessing HTTP/HTTPS load tester)
# 900c7a170c821fb55d1fb56484aa65645ffe196e (2014-07-03, "add: fix compile error"); audited in
# place of retawq, which is in no fetchable mirror (pld-linux/retawq holds only the spec file)
# usage: http_load.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/http_load (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): git archive of the commit into
#   $R/http_load/src; nothing to configure (plain Makefile, no config header); the flags are the
#   Makefile's CFLAGS with its https block uncommented: -O, SSL_DEFS -DUSE_SSL, -ansi -pedantic
#   (the warning flags and SSL_TREE's absent /usr/local/ssl/include left out; SRANDOM_DEFS is
#   empty)
# Files: http_load.c, the whole client (start_connection: SSL_CTX_new on first use, SSL_new,
# SSL_set_fd and the blocking SSL_connect, its failure printed with ERR_print_errors_fp;
# start_connection's request: SSL_write; handle_read: SSL_read, its result <= 0 closing the
# connection; close_connection: SSL_free; nothing is classified with SSL_get_error) and timers.c,
# the other object of the build (the timer wheel whose callbacks drive the connections)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/http_load" ] || { echo "$0: $R/http_load: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/http_load/src
exec "$BIN" "$@" -j2 \
  $S/http_load.c $S/timers.c \
  -- -O -DUSE_SSL -ansi -pedantic -I$S
