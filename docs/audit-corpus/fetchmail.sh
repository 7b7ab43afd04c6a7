#!/bin/sh
# ossl-lint audit of fetchmail 6.3.26 (Distrotech/fetchmail 81c3239, 2013-06-18): socket.c (the only
# TLS I/O file; its SSL helpers are in the same file). Setup: see README.md
# usage: fetchmail.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/fetchmail (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/fetchmail" ] || { echo "$0: $R/fetchmail: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/fetchmail/src
exec "$B" "$@" $S/socket.c -- -DHAVE_CONFIG_H '-DLOCALEDIR="/usr/local/share/locale"' -I$S -I$S/libesmtp \
  -Wno-error=implicit-function-declaration -Wno-error=int-conversion  # libclang 19: SSLv3_client_method is not declared by OpenSSL 3 (no-ssl3-method), so its call is implicit and returns int
