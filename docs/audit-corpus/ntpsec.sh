#!/bin/sh
# ossl-lint audit of ntpsec fa2a47980ea6ce0c786e67f1f4928f5604b1184e (2026-08-06)
# usage: ntpsec.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/ntpsec (docs/audit-corpus/README.md)
# preparation: git archive of the commit into $R/ntpsec/src, then in src:
#   python3 ./waf configure --disable-doc --disable-manpage   (writes build/config.h)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/ntpsec" ] || { echo "$0: $R/ntpsec: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/ntpsec/src
exec "$BIN" "$@" -j2 \
  $S/ntpd/nts_server.c $S/ntpd/nts_client.c $S/ntpd/nts.c $S/ntpd/nts_extens.c $S/ntpd/nts_cookie.c \
  -- -std=c99 -D_GNU_SOURCE -DUNITY_EXCLUDE_FLOAT_PRINT -I$S/build -I$S/include -I$S/ntpd -I$S/libaes_siv
