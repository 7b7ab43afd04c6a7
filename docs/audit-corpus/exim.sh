#!/bin/sh
# ossl-lint audit of exim (Exim/exim 13835a3c1e057efad7da269c0f93bf2eac850205, 2025-12-29)
# tls.c #includes tls-openssl.c (and tlscert-openssl.c); dane.c #includes dane-openssl.c.
# usage: exim.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/exim (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/exim" ] || { echo "$0: $R/exim: No such file or directory (not prepared)" >&2; exit 127; }
D=$R/exim/src/src/build-Linux-x86_64
exec "$B" "$@" -j2 $D/tls.c $D/dane.c -- -O -D_FILE_OFFSET_BITS=64 -D_LARGEFILE_SOURCE -I$D
