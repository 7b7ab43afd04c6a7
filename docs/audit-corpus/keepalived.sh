#!/bin/sh
# ossl-lint audit of keepalived 9cbce3e2117fd7dfbddf3cd4c45dad6283189176 (2026-08-13)
# usage: keepalived.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/keepalived (docs/audit-corpus/README.md)
# preparation: git archive of the commit into $R/keepalived/src, then in src:
#   ./autogen.sh && ./configure --disable-libnl --disable-nftables --disable-iptables --disable-snmp --disable-dbus && make -C lib git-commit.h
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/keepalived" ] || { echo "$0: $R/keepalived: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/keepalived/src
exec "$BIN" "$@" -j2 \
  $S/keepalived/check/check_ssl.c $S/keepalived/check/check_http.c \
  $S/lib/logger.c $S/lib/scheduler.c $S/lib/memory.c $S/lib/timer.c \
  -- -DHAVE_CONFIG_H -D_GNU_SOURCE -I$S/keepalived/check -I$S/lib -I$S/keepalived/include
