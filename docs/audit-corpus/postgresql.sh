#!/bin/sh
# ossl-lint audit of PostgreSQL (master, 20devel: GitHub mirror hackorum-dev/postgres
# f20c4278342f6afc44b856e98a0850f9dd2df0a8, 2026-08-22; postgres/postgres's own snapshot, 881 MB, is over the
# fetch limit): the server's src/backend/libpq/be-secure-openssl.c and libpq's
# src/interfaces/libpq/fe-secure-openssl.c (all of PostgreSQL's TLS I/O), plus their callers and the raw socket
# I/O their BIOs call, be-secure.c and fe-secure.c; one run
# pg_config.h from: cd $AUDIT_ROOT/postgresql/src && ./configure --with-openssl --without-icu --without-readline
#   --without-zlib && make -C src/backend generated-headers (needs bison and flex)
# flags: those of `make -n be-secure-openssl.o` in src/backend/libpq (-I src/include -D_GNU_SOURCE) and of
#   `make -n fe-secure-openssl.o` in src/interfaces/libpq (-pthread -D_REENTRANT -D_THREAD_SAFE -I. -I src/port
#   -I src/include -D_GNU_SOURCE -DSO_MAJOR_VERSION=5), joined: the backend files include no header of
#   src/interfaces/libpq or src/port (warnings and optimization left out)
# usage: postgresql.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/postgresql (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/postgresql" ] || { echo "$0: $R/postgresql: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/postgresql/src/src
exec "$B" "$@" -j2 $S/backend/libpq/be-secure-openssl.c $S/backend/libpq/be-secure.c \
  $S/interfaces/libpq/fe-secure-openssl.c $S/interfaces/libpq/fe-secure.c \
  -- -pthread -D_REENTRANT -D_THREAD_SAFE -I$S/interfaces/libpq -I$S/port -I$S/include -D_GNU_SOURCE \
  -DSO_MAJOR_VERSION=5
