#!/bin/sh
# ossl-lint audit of tinyfugue (github.com/ingwarsw/tinyfugue, "TinyFugue - Rebirth", branch
# master: Ken Keys's TinyFugue 5.0 beta 8 with its OpenSSL support, continued; chosen among the
# GitHub mirrors as the most complete one whose src/socket.c calls SSL_read: saaros/,
# tinyfugue/, huntwj/ and kruton/tinyfugue hold the same or older socket.c, kruton's reworked)
# 4b19591ee236d25b7b85da1daf57904bc4f51b00 (2026-01-18, "Update to the help to match pcre.html.
# (#110)")
# usage: tinyfugue.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/tinyfugue (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libpcre2-dev libicu-dev zlib1g-dev
# libncurses-dev pkg-config): git archive of the commit into $R/tinyfugue/src, then in src:
#   ./configure   (defaults: SSL on, widechar with ICU, no lua/python/ATCP/GMCP; only configures:
#   writes src/tfconfig.h with HAVE_SSL and src/tfdefs.h; nothing is built); the flags are
#   src/Makefile's CFLAGS (-DDATADIR=${datadir}, here /usr/local/share) and the source directory
#   make compiles in (-I src); no -std: gcc's default gnu17
# Files: src/socket.c holds all of TF's OpenSSL code (init_sock's SSL_CTX, opensock's SSL_new and
# SSL_set_fd, establish's SSL_connect, transmit's SSL_write, handle_socket_input's SSL_read, the
# ssl_io_err classifier and ssl_err drain, killsock's SSL_shutdown) and main_loop, which calls
# them; its callers in other files: src/main.c (main: init_sock, openworld, main_loop),
# src/command.c (/connect -> openworld), src/macro.c and src/tfio.c (main_loop re-entered from
# /dokey and tfread), src/expand.c (send_line from command lines), src/expr.c (send() ->
# handle_send_function).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/tinyfugue" ] || { echo "$0: $R/tinyfugue: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/tinyfugue/src
exec "$BIN" "$@" -j2 \
  $S/src/socket.c $S/src/main.c $S/src/command.c $S/src/macro.c $S/src/tfio.c $S/src/expand.c \
  $S/src/expr.c \
  -- -DDATADIR=/usr/local/share -I$S/src
