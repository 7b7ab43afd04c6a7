#!/bin/sh
# ossl-lint audit of civetweb (civetweb/civetweb 3309a6cac05335aa4371a0c3750b42fbe05d3cb4, 2026-04-19; HEAD 588860e does not compile, see civetweb.md):
# src/civetweb.c (all TLS I/O: sslize, pull_inner, push_inner, close_connection) and src/main.c (the server's caller of the mg_* API);
# no configure step: built as with CMake -DCIVETWEB_ENABLE_SSL_DYNAMIC_LOADING=OFF (-DNO_SSL_DL, so the real <openssl/*.h> are used) and OpenSSL 3 API
# usage: civetweb.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/civetweb (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/civetweb" ] || { echo "$0: $R/civetweb: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/civetweb/src
exec "$B" "$@" -j2 $S/src/civetweb.c $S/src/main.c -- -DNO_SSL_DL -DOPENSSL_API_3_0 -DUSE_IPV6 -I$S/include
