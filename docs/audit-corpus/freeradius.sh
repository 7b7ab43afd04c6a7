#!/bin/sh
# ossl-lint audit of FreeRADIUS/freeradius-server 65a8088 (2026-08-22): src/lib/tls/session.c (all
# SSL_read/SSL_write/SSL_get_error/SSL_shutdown calls of the tree) + src/lib/tls/log.c (its helpers
# fr_tls_log_io_error, fr_tls_log_clear, ...), one run. Setup (configure with a stub libkqueue,
# generated headers): see README.md
# usage: freeradius.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/freeradius (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/freeradius" ] || { echo "$0: $R/freeradius: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/freeradius/src
exec "$B" "$@" $S/src/lib/tls/session.c $S/src/lib/tls/log.c -- -std=c23 -D_GNU_SOURCE -D_REENTRANT \
  -D_POSIX_PTHREAD_SEMANTICS -pthread -DOPENSSL_NO_KRB5 -DNDEBUG -DTALLOC_GET_TYPE_ABORT_NOOP -I$S -I$S/src \
  -include $S/src/freeradius-devel/autoconf.h -include $S/src/freeradius-devel/build.h \
  -include $S/src/freeradius-devel/features.h -include $S/src/freeradius-devel/radpaths.h \
  -isystem $R/freeradius/stub/include
