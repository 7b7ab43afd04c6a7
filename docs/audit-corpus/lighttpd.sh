#!/bin/sh
# ossl-lint audit of lighttpd 1.4.85+ (lighttpd/lighttpd1.4 2ddc51389a139d2b08daf310596c951c1d53dc8d, 2026-07-15):
# src/mod_openssl.c (all TLS I/O, its classifier mod_openssl_write_err, the error printers, close_notify)
# config.h from: cmake -S $AUDIT_ROOT/lighttpd/src -B $AUDIT_ROOT/lighttpd/build -DWITH_OPENSSL=ON (see README.md);
# flags: the mod_openssl.c entry of build/compile_commands.json, warnings left out
# usage: lighttpd.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/lighttpd (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/lighttpd" ] || { echo "$0: $R/lighttpd: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/lighttpd/src/src
exec "$B" "$@" -j2 $S/mod_openssl.c \
  -- -DHAVE_CONFIG_H -D_DEFAULT_SOURCE -D_FILE_OFFSET_BITS=64 -D_LARGEFILE_SOURCE -D_LARGE_FILES -D_TIME_BITS=64 \
  -Dmod_openssl_EXPORTS -I$R/lighttpd/build/build -I$S -std=gnu11
