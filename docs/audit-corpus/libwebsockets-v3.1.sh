#!/bin/sh
# ossl-lint audit of libwebsockets v3.1-stable 73a4f86be15e3cbf3439d52f5744d43c477de5d8 (2019-07-10,
# the parent of f43cd02, the back-port of "openssl: explicitly clear error queue"): the files of
# lib/tls/*.c and lib/tls/openssl/*.c in the database (the wrappers lws_ssl_get_error and
# lws_tls_err_describe live in other files than the I/O calls), one run. Database: cmake (see
# README.md) in $AUDIT_ROOT/libwebsockets-v3.1/build; it lists each file twice (static and shared).
# usage: libwebsockets-v3.1.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/libwebsockets-v3.1 (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/libwebsockets-v3.1" ] || { echo "$0: $R/libwebsockets-v3.1: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/libwebsockets-v3.1/src/lib/tls
exec "$B" "$@" -j2 -p $R/libwebsockets-v3.1/build $S/tls.c $S/tls-client.c $S/tls-server.c \
  $S/openssl/ssl.c $S/openssl/openssl-client.c $S/openssl/openssl-server.c
