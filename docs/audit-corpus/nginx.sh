#!/bin/sh
# ossl-lint audit of nginx 3f6f7824d4e2eb1ac37dec76683d525ac0ff521c (2026-08-21): src/event/ngx_event_openssl.c
# (all of nginx's TLS I/O without QUIC); objs/ngx_auto_config.h from auto/configure (see README.md)
# usage: nginx.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/nginx (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/nginx" ] || { echo "$0: $R/nginx: No such file or directory (not prepared)" >&2; exit 127; }
N=$R/nginx/src
exec "$B" "$@" $N/src/event/ngx_event_openssl.c -- -I$N/src/core -I$N/src/event -I$N/src/event/modules \
  -I$N/src/event/quic -I$N/src/os/unix -I$N/objs
