#!/bin/sh
# ossl-lint audit of siege ba536fd3fff93f21df0d92d85fe1bc4f7f8c7f04 (2026-06-02)
# usage: siege.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/siege (docs/audit-corpus/README.md)
# preparation: git archive of the commit into $R/siege/src, then in src:
#   autoreconf -fi && ./configure --with-ssl
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/siege" ] || { echo "$0: $R/siege: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/siege/src
exec "$BIN" "$@" -j2 \
  $S/src/ssl.c $S/src/sock.c $S/src/browser.c $S/src/http.c $S/src/ftp.c $S/src/auth.c \
  -- -DHAVE_CONFIG_H -I$S/src -I$S/include -I/usr/include/openssl -I/usr/include \
     -D_REENTRANT -D_POSIX_PTHREAD_SEMANTICS -DOPENSSL_NO_KRB5
