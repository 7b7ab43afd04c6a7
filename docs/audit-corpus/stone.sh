#!/bin/sh
# ossl-lint audit of stone (github.com/takuya-o/stone, branch master: a git import of Hiroaki
# Sengoku's CVS, stone 2.4LB) 0c42e326d11bc7d46019250c796045f0bbdaff8e (2018-05-30, "README.txtを
# UTF-8にしてMEMO.mdの微修正"; stone.c's last change is a29adc2 of 2017-08-24)
# usage: stone.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/stone (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): git archive of the commit into
# $R/stone/src; nothing to configure (plain Makefile, no config header); the flags are those of
# `make linux-ssl` (TARGET=linux ssl_stone: CFLAGS -D_GNU_SOURCE -I/usr/local/ssl/include, the
# linux target's -O -DCPP="/usr/bin/cpp -traditional" -DPTHREAD -DUNIX_DAEMON -DPRCTL
# -DSO_ORIGINAL_DST=80 -DUSE_EPOLL, POP_FLAGS -DUSE_POP and SSL_FLAGS -DUSE_SSL
# -DCONST_SSL_METHOD -DOPENSSL_NO_SSL2 -DOPENSSL_NO_SSL3; -Wall and the absent /usr/local/ssl
# left out); no -std: the compiler's default
# Files: stone.c is the whole program (doSSL_accept/doSSL_connect: SSL_new, SSL_set_fd and the
# non-blocking SSL_accept/SSL_connect classified with SSL_get_error; doSSL_shutdown: SSL_shutdown
# in a loop, classified; dowrite/doread: SSL_write/SSL_read classified; doReadWritePair and the
# epoll dispatch() that drive them, the UDP and HTTP/POP relays beside them); md5c.c, the other
# object of the build, is RSA's MD5 for APOP and does no OpenSSL call
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/stone" ] || { echo "$0: $R/stone: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/stone/src
exec "$BIN" "$@" -j2 \
  $S/stone.c \
  -- -D_GNU_SOURCE -O '-DCPP="/usr/bin/cpp -traditional"' -DPTHREAD -DUNIX_DAEMON -DPRCTL \
  -DSO_ORIGINAL_DST=80 -DUSE_EPOLL -DUSE_POP -DUSE_SSL -DCONST_SSL_METHOD -DOPENSSL_NO_SSL2 \
  -DOPENSSL_NO_SSL3 -I$S
