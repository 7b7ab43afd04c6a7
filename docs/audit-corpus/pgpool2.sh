#!/bin/sh
# ossl-lint audit of pgpool2 243463af09513be0413f52917a1045836f50f339 (2026-06-28)
# usage: pgpool2.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/pgpool2 (docs/audit-corpus/README.md)
# preparation: git archive of the commit into $R/pgpool2/src, then in src:
#   autoreconf -fi && ./configure --with-openssl      (generates src/include/config.h, USE_SSL 1)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/pgpool2" ] || { echo "$0: $R/pgpool2: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/pgpool2/src/src
exec "$BIN" "$@" -j2 \
  $S/utils/pool_ssl.c $S/utils/pool_stream.c $S/utils/ssl_utils.c $S/protocol/child.c \
  $S/protocol/pool_pg_utils.c $S/protocol/pool_process_query.c $S/protocol/pool_proto_modules.c \
  $S/protocol/pool_proto2.c $S/protocol/CommandComplete.c $S/auth/pool_auth.c $S/auth/pool_passwd.c \
  $S/auth/pool_hba.c $S/auth/auth-scram.c $S/utils/scram-common.c $S/query_cache/pool_memqcache.c \
  $S/main/pgpool_main.c $S/main/main.c \
  -- -DHAVE_CONFIG_H '-DDEFAULT_CONFIGDIR="/usr/local/etc"' '-DPGSQL_BIN_DIR="/usr/lib/postgresql/15/bin"' \
  -D_GNU_SOURCE -I/usr/include/postgresql -I$S -I$S/include
