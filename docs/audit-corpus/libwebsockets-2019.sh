#!/bin/sh
# ossl-lint audit of libwebsockets master 17920cadf5d2106eef2efb0f891ec1cc6b351a99 (2019-07-09, the
# parent of 89fd3d8 "openssl: explicitly clear error queue"): the files of lib/tls/*.c and
# lib/tls/openssl/*.c in the database, one run. Database: cmake (see README.md) in
# $AUDIT_ROOT/libwebsockets-2019/build.
# usage: libwebsockets-2019.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/libwebsockets-2019 (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/libwebsockets-2019" ] || { echo "$0: $R/libwebsockets-2019: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/libwebsockets-2019/src/lib/tls
exec "$B" "$@" -j2 -p $R/libwebsockets-2019/build $S/tls.c $S/tls-client.c $S/tls-server.c $S/tls-network.c \
  $S/openssl/ssl.c $S/openssl/openssl-client.c $S/openssl/openssl-server.c $S/openssl/tls.c $S/openssl/x509.c
