#!/bin/sh
# ossl-lint audit of kore 9278698ba9f97aaa444a462bbf9e840a414b8936 (2026-01-30)
# usage: kore.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/kore (docs/audit-corpus/README.md)
# preparation: git archive of the commit into $R/kore/src; then, in $R/kore/src:
#   mkdir -p obj && misc/linux-platform.sh > obj/platform.h
# files: the default Linux build of the Makefile (TLS_BACKEND=openssl, HTTP on,
# no PGSQL/TASKS/JSONRPC/PYTHON/LUA/ACME/CURL), all units of the kore binary.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/kore" ] || { echo "$0: $R/kore: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/kore/src
exec "$BIN" "$@" -j2 $S/src/kore.c $S/src/buf.c $S/src/config.c $S/src/connection.c \
    $S/src/domain.c $S/src/filemap.c $S/src/fileref.c $S/src/json.c $S/src/log.c \
    $S/src/mem.c $S/src/msg.c $S/src/module.c $S/src/net.c $S/src/pool.c $S/src/runtime.c \
    $S/src/sha1.c $S/src/sha2.c $S/src/timer.c $S/src/utils.c $S/src/worker.c \
    $S/src/tls_openssl.c $S/src/keymgr_openssl.c $S/src/auth.c $S/src/accesslog.c \
    $S/src/http.c $S/src/route.c $S/src/validator.c $S/src/websocket.c \
    $S/src/linux.c $S/src/seccomp.c \
    -- -I$S/include/kore -I$S/obj -std=c99 -pedantic '-DPREFIX="/usr/local"' \
    -fstack-protector-all -DTLS_BACKEND_OPENSSL -D_GNU_SOURCE=1 -U_FORTIFY_SOURCE \
    -D_FORTIFY_SOURCE=2 -O2 -Wall
