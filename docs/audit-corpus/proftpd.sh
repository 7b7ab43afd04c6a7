#!/bin/sh
# ossl-lint audit of proftpd 1dbfb9d (2026-08-22): contrib/mod_tls.c (the only TLS I/O file;
# mod_tls.h helpers are in the same file). Setup: see README.md
# usage: proftpd.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/proftpd (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/proftpd" ] || { echo "$0: $R/proftpd: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/proftpd/src
exec "$B" "$@" $S/contrib/mod_tls.c -- -DHAVE_CONFIG_H -DLINUX -I$S -I$S/include -I$S/contrib
