#!/bin/sh
# ossl-lint audit of httping (github.com/folkertvanheusden/HTTPing, branch master)
# 6d265ec039e40c64e929e726759a443f93d77166 (2026-05-06)
# usage: httping.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/httping (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0): git archive of the commit into $R/httping/src, then
#   mkdir $R/httping/build && cd $R/httping/build && cmake -DUSE_SSL=ON ../src   (writes config.h)
#   the flags are compile_commands.json's (-I build; the -W options dropped)
# Files: the OpenSSL layer (mssl.c: SSL_connect, SSL_read, SSL_write, SSL_shutdown), the header
# reader that calls SSL_read (http.c), the program that calls them (main.c) and their helpers
# (io.c, tcp.c, utils.c, error.c).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/httping" ] || { echo "$0: $R/httping: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/httping/src
exec "$BIN" "$@" -j2 \
  $S/mssl.c $S/http.c $S/main.c $S/io.c $S/tcp.c $S/utils.c $S/error.c \
  -- -I$R/httping/build -g
