#!/bin/sh
# ossl-lint audit of mongoose (cesanta/mongoose 282ae0d968e5fe8eaf5d8725afd6fa3fa267bfd9, 2026-08-07): the amalgamated library mongoose.c
# (its OpenSSL backend mg_tls_init/mg_tls_handshake/mg_tls_recv/mg_tls_send, and the event loop that calls them) plus the example
# tutorials/http/http-server/main.c (calls mg_mgr_poll, mg_tls_init from its MG_EV_ACCEPT handler); no configure step: -DMG_TLS=MG_TLS_OPENSSL
# (the default MG_ARCH_UNIX sockets build)
# usage: mongoose.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/mongoose (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/mongoose" ] || { echo "$0: $R/mongoose: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/mongoose/src
exec "$B" "$@" -j2 $S/mongoose.c $S/tutorials/http/http-server/main.c -- -DMG_TLS=MG_TLS_OPENSSL -I$S
