#!/bin/sh
# ossl-lint audit of pgbouncer (pgbouncer/pgbouncer 13a344f2625381296fc02e29b986a11be9c6b983, 2026-07-10,
# pgbouncer_1_25_2-35-g13a344f2): the OpenSSL code is libusual's libtls port, lib/usual/tls/*.c
# config.h from: cd $AUDIT_ROOT/pgbouncer/src && ./autogen.sh && ./configure --with-openssl --without-cares --without-pam --without-systemd
# usage: pgbouncer.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/pgbouncer (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/pgbouncer" ] || { echo "$0: $R/pgbouncer: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/pgbouncer/src
T=$S/lib/usual/tls
exec "$BIN" "$@" -j2 $T/tls.c $T/tls_server.c $T/tls_client.c $T/tls_compat.c $T/tls_config.c \
  $T/tls_conninfo.c $T/tls_ocsp.c $T/tls_peer.c $T/tls_util.c $T/tls_verify.c $T/tls_cert.c \
  -- -DHAVE_CONFIG_H -I$S/include -I$S/lib
