#!/bin/sh
# ossl-lint audit of libwebsockets main 1e967537a5855409a958dd2763e17946002696b3 (2026-08-22): the 21
# files of lib/tls/*.c and lib/tls/openssl/*.c in the database (HTTP3 off, so openssl-quic.c is not
# built and not audited), one run. Database: cmake (see README.md) in $AUDIT_ROOT/libwebsockets-main/build.
# usage: libwebsockets-main.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/libwebsockets-main (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/libwebsockets-main" ] || { echo "$0: $R/libwebsockets-main: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/libwebsockets-main/src/lib/tls
O=$S/openssl
exec "$B" "$@" -j2 -p $R/libwebsockets-main/build $S/chacha.c $S/lws-genchacha.c $S/lws-gencrypto-common.c \
  $S/lws-genec-common.c $S/poly1305.c $S/tls.c $S/tls-client.c $S/tls-network.c $S/tls-server.c $S/tls-sessions.c \
  $O/lws-genaes.c $O/lws-gencrypto.c $O/lws-genec.c $O/lws-genhash.c $O/lws-genrsa.c $O/openssl-client.c \
  $O/openssl-server.c $O/openssl-session.c $O/openssl-ssl.c $O/openssl-tls.c $O/openssl-x509.c
