#!/bin/sh
# ossl-lint audit of jabberd2 (github.com/jabberd2/jabberd2, branch master)
# 376e632989e1e7c3ad11b0948054254e99ddec2a (2018-11-01)
# usage: jabberd2.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/jabberd2 (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libexpat1-dev libidn11-dev libudns-dev
# libgsasl-dev, which configure requires): git archive of the commit into $R/jabberd2/src, then in src:
#   autoreconf -i && ./configure --enable-ssl --disable-tests --without-zlib   (only configures:
#   config.h with HAVE_SSL, ac-stdint.h; nothing is built); the flags are sx/Makefile's
#   (-DHAVE_CONFIG_H, -I. -I.., -funsigned-char; no -std: the compiler's gnu default)
# Files: the TLS plugin over memory BIOs (sx/ssl.c: SSL_connect/SSL_accept in _sx_ssl_handshake,
# SSL_write in _sx_ssl_wio, SSL_read in _sx_ssl_rio, all with SSL_get_error), the plugin chain that
# calls its wio/rio through function pointers (sx/chain.c), the stream I/O that drives the chain
# (sx/io.c: sx_can_read, sx_can_write), the stream core, server and client stream setup (sx/sx.c,
# sx/server.c, sx/client.c), the error helpers (sx/error.c) and the environment that loads the
# plugin (sx/env.c).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/jabberd2" ] || { echo "$0: $R/jabberd2: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/jabberd2/src
exec "$BIN" "$@" -j2 \
  $S/sx/ssl.c $S/sx/chain.c $S/sx/io.c $S/sx/sx.c $S/sx/server.c $S/sx/client.c $S/sx/error.c \
  $S/sx/env.c \
  -- -DHAVE_CONFIG_H -funsigned-char -I$S/sx -I$S
