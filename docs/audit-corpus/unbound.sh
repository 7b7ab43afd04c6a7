#!/bin/sh
# ossl-lint audit of unbound (NLnetLabs/unbound 7fb79b0677a03d6922c29880854e8fdeb271679e, 2026-08-21)
# usage: unbound.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/unbound (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/unbound" ] || { echo "$0: $R/unbound: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/unbound/src
exec "$B" "$@" -j2 \
  $S/util/netevent.c $S/util/net_help.c $S/services/outside_network.c $S/daemon/remote.c \
  $S/smallapp/unbound-anchor.c $S/smallapp/unbound-control.c \
  $S/dnstap/dtstream.c $S/dnstap/unbound-dnstap-socket.c \
  -- -I$S -DSRCDIR=$S -pthread -std=gnu99
