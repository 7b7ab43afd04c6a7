#!/bin/sh
# ossl-lint audit of pen (github.com/UlricE/pen, branch master)
# 2c09b7a82122836ee26e6c7e6a141d0b44b724a6 (2023-10-19, "In handle_events: deal with failed
# connect() more gracefully")
# usage: pen.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/pen (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev autoconf automake): git archive of the
# commit into $R/pen/src, then in src: bootstrap.sh's steps (aclocal; autoheader; autoconf;
# automake --copy --add-missing --foreign) and ./configure (only configures: writes config.h,
# with HAVE_LIBSSL, HAVE_LIBCRYPTO, HAVE_EC_KEY, HAVE_EPOLL, HAVE_POLL; nothing is built); the
# flags are the Makefile's DEFS and CFLAGS (-DHAVE_CONFIG_H, and -DDEBUGGING, which configure.ac
# adds unless --disable-debugging: the DEBUG() lines stay in); no -std: gcc's default gnu17
# Files: the OpenSSL layer and its callers, from pen_SOURCES: ssl.c (ssl_init/ssl_create_context,
# the SSL_CTX and its verify/info/SNI/stapling callbacks), pen.c (add_client: SSL_new,
# SSL_set_fd, SSL_set_accept_state; copy_up: SSL_read classified with SSL_get_error; flush_down:
# SSL_write classified with SSL_get_error; the event loop and main), conn.c (store_conn, and
# close_conn: SSL_shutdown twice, SSL_get_error, ERR_print_errors_fp), and the other callers of
# close_conn/store_conn: idlers.c and server.c, with diag.c (debug(), error() that exits)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/pen" ] || { echo "$0: $R/pen: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/pen/src
exec "$BIN" "$@" -j2 \
  $S/ssl.c $S/pen.c $S/conn.c $S/idlers.c $S/server.c $S/diag.c \
  -- -DHAVE_CONFIG_H -DDEBUGGING -I$S
