#!/bin/sh
# ossl-lint audit of odyssey 89c48ea25ccb633237fb5caa48040a00b7deb7a3 (2026-08-22)
# usage: odyssey.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/odyssey (docs/audit-corpus/README.md)
# preparation: git archive of the commit into $R/odyssey/src, then in src:
#   cmake -B build -DCMAKE_BUILD_TYPE=Release -DCMAKE_EXPORT_COMPILE_COMMANDS=ON
# (generates build/sources/build.h and build/sources/machinarium/build.h)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/odyssey" ] || { echo "$0: $R/odyssey: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/odyssey/src
exec "$BIN" "$@" -j2 \
  $S/sources/machinarium/tls.c $S/sources/machinarium/io.c $S/sources/machinarium/read.c \
  $S/sources/machinarium/write.c $S/sources/machinarium/cert_hash.c $S/sources/machinarium/machine.c \
  $S/sources/machinarium/mm.c $S/sources/tls.c $S/sources/io.c $S/sources/auth.c $S/sources/scram.c \
  $S/sources/common/cryptohash_openssl.c $S/sources/frontend.c $S/sources/backend.c $S/sources/relay.c \
  $S/sources/external_auth.c $S/sources/mdb_iamproxy.c \
  -- -DFRONTEND -DUSE_SSL -D_GNU_SOURCE -I$S -I$S/sources -I$S/sources/include -I$S/build \
  -I$S/build/sources -I$S/build/sources/include -I$S/build/sources/cfg -I$S/build/sources/sql/minimal \
  -std=gnu11 -pthread
