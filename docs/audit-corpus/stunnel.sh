#!/bin/sh
# ossl-lint audit of stunnel 5.75 (mtrojnar/stunnel 61452959a3a1f878bf49acb451d4ffdd6d38ccae, 2025-05-26)
# config.h from: cd $AUDIT_ROOT/stunnel/src && ./configure --disable-systemd --disable-libwrap
# usage: stunnel.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/stunnel (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/stunnel" ] || { echo "$0: $R/stunnel: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/stunnel/src/src
exec "$BIN" "$@" -j2 $S/client.c $S/network.c $S/log.c $S/ctx.c $S/str.c \
  -- -DHAVE_CONFIG_H -I$S -pthread -DLIBDIR='"/usr/local/lib/stunnel"' -DCONFDIR='"/usr/local/etc/stunnel"'
