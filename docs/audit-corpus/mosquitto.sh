#!/bin/sh
# ossl-lint audit of eclipse/mosquitto fb9b115 (2024-10-16, version 2.0.20): lib/net_mosq.c (client
# library and broker variants, both in the database) + src/net.c (broker accept), one run.
# Database: cmake (see README.md) in $AUDIT_ROOT/mosquitto/build
# usage: mosquitto.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/mosquitto (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/mosquitto" ] || { echo "$0: $R/mosquitto: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/mosquitto/src
exec "$B" "$@" -p $R/mosquitto/build $S/lib/net_mosq.c $S/src/net.c
