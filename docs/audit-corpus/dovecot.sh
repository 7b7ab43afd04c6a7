#!/bin/sh
# ossl-lint audit of dovecot (dovecot/core f28b5a92ec52eef0a111a095d00435756343dc94, 2026-08-22)
# Flags: config.h = Debian 12 dovecot-dev 2.3.19.1's config.h plus the lines at its end
# ($AUDIT_ROOT/dovecot/cfg/config.h; see README.md).
# usage: dovecot.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/dovecot (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/dovecot" ] || { echo "$0: $R/dovecot: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/dovecot/src/src
L=$S/lib-ssl-iostream
exec "$B" "$@" -j2 $L/iostream-openssl.c $L/istream-openssl.c $L/ostream-openssl.c \
  $L/iostream-openssl-common.c $L/iostream-openssl-context.c $L/dovecot-openssl-common.c \
  -- -DHAVE_CONFIG_H -I$R/dovecot/cfg -I$S/lib -I$L -I$S/lib-settings -I$S/lib-var-expand -I$S/lib-dcrypt -std=gnu11
