#!/bin/sh
# ossl-lint audit of axel (github.com/axel-download-accelerator/axel, branch master)
# 661fc3ce24b35c19f6349df776e8f75b8769d622 (2026-08-15)
# usage: axel.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/axel (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0, autoconf 2.71): git archive of the commit into $R/axel/src,
# then in src: sed -i 's/AC_PREREQ(\[2.72\])/AC_PREREQ([2.71])/' configure.ac (Debian 12 has 2.71;
#   nothing 2.72-only is used) && autoreconf -i -f && ./configure --with-ssl=openssl
#   (HAVE_SSL 1, OpenSSL); the flags are Makefile's DEFS, DEFAULT_INCLUDES, AM_CPPFLAGS, PTHREAD_CFLAGS
#   (SSL_CFLAGS is empty)
# Files: the OpenSSL layer (src/ssl.c: SSL_connect, SSL_shutdown; src/ssl_verify.c), the socket
# layer that reads and writes through it (src/tcp.c: tcp_read = SSL_read, tcp_write = SSL_write),
# the connection layer (src/conn.c) and every caller of tcp_read/tcp_write (src/axel.c, src/http.c,
# src/ftp.c, src/search.c), and the program (src/text.c, main()).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/axel" ] || { echo "$0: $R/axel: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/axel/src
exec "$BIN" "$@" -j2 \
  $S/src/ssl.c $S/src/ssl_verify.c $S/src/tcp.c $S/src/conn.c $S/src/axel.c $S/src/http.c \
  $S/src/ftp.c $S/src/search.c $S/src/text.c \
  -- -DHAVE_CONFIG_H -I$S -DLOCALEDIR=\"/usr/local/share/locale\" -D_BSD_SOURCE -D_DEFAULT_SOURCE -pthread
