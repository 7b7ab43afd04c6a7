#!/bin/sh
# ossl-lint audit of nginx 3f6f7824d4e2eb1ac37dec76683d525ac0ff521c (2026-08-21) configured with HTTP/3
# (OpenSSL 3.0: nginx's OpenSSL compatibility layer): src/event/ngx_event_openssl.c + src/event/quic/*.c,
# 17 files, one run; objs/ngx_auto_config.h from auto/configure --with-http_v3_module (see README.md)
# usage: nginx-quic.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/nginx-quic (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/nginx-quic" ] || { echo "$0: $R/nginx-quic: No such file or directory (not prepared)" >&2; exit 127; }
N=$R/nginx-quic/src
exec "$B" "$@" -j2 $N/src/event/ngx_event_openssl.c $N/src/event/quic/*.c -- -I$N/src/core -I$N/src/event \
  -I$N/src/event/modules -I$N/src/event/quic -I$N/src/os/unix -I$N/objs -I$N/src/http -I$N/src/http/modules \
  -I$N/src/http/v3
