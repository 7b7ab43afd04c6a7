#!/bin/sh
# ossl-lint audit of mini_httpd (github.com/jschwartzenberg/mini_httpd, branch master)
# 6dc41c3a02c1931abd2fa6870ede72973f62c809 (2020-10-28)
# usage: minihttpd.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/minihttpd (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libcrypt-dev): git archive of the commit into $R/minihttpd/src, then in src:
#   make mime_encodings.h mime_types.h (only generates headers; no configure step. The Debian-patched
#   Makefile compiles mini_httpd.c with `dpkg-buildflags` CPPFLAGS/CFLAGS/LDFLAGS plus -DUSE_SSL and links -lssl -lcrypto)
# Files: the server with all OpenSSL setup and I/O (mini_httpd.c: SSL_accept, my_read/my_write -> SSL_read/SSL_write), its helpers (match.c, tdate_parse.c)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/minihttpd" ] || { echo "$0: $R/minihttpd: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/minihttpd/src
exec "$BIN" "$@" -j2 \
  $S/mini_httpd.c $S/match.c $S/tdate_parse.c \
  -- -D_FORTIFY_SOURCE=2 -DUSE_SSL -I$S
