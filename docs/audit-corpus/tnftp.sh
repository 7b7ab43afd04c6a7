#!/bin/sh
# ossl-lint audit of tnftp (github.com/hharte/tnftp, branch master: tnftp 20130505, the only
# tnftp source tree among the stored repositories) 5c3da20a0989736005d77e9b79f79b795b840061 (2015-04-18)
# usage: tnftp.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/tnftp (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0): git archive of the commit into $R/tnftp/src, then in src:
#   ./configure --with-ssl   (writes tnftp_config.h, WITH_SSL 1); the flags are src/Makefile's DEFS
#   and tnftp_CPPFLAGS (Makefile.am; OPENSSL_INCLUDES is empty)
# Files: the OpenSSL layer (src/ssl.c: SSL_connect, SSL_read, SSL_write, SSL_get_error), its caller
# (src/fetch.c: fetch_url, auto_fetch) and the program that calls that (src/main.c).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/tnftp" ] || { echo "$0: $R/tnftp: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/tnftp/src
exec "$BIN" "$@" -j2 \
  $S/src/ssl.c $S/src/fetch.c $S/src/main.c \
  -- -DHAVE_CONFIG_H -I$S/src -I$S/libnetbsd -I$S -I$S/libedit
