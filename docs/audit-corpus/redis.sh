#!/bin/sh
# ossl-lint audit of redis (redis/redis 4f8cdc2a1ea53e42955af758aabffee67cb455dd, 2024-10-18, unstable;
# the newest commit of the stored snapshot on 2026-12-03): src/tls.c (all of the server's OpenSSL I/O
# and its helpers; deps/hiredis/ssl.c, hiredis' own TLS for sentinel and redis-cli, is not audited)
# No configure: the flags are those of `make -n BUILD_TLS=yes MALLOC=libc tls.o` in src/ (warnings left out)
# usage: redis.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/redis (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/redis" ] || { echo "$0: $R/redis: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/redis/src/src
exec "$B" "$@" -j2 $S/tls.c \
  -- -pedantic -DREDIS_STATIC='' -std=gnu11 -I$S -I$S/../deps/hiredis -I$S/../deps/linenoise -I$S/../deps/lua/src \
  -I$S/../deps/hdr_histogram -I$S/../deps/fpconv -I$S/../deps/fast_float -DUSE_OPENSSL=1 -DBUILD_TLS_MODULE=0
