#!/bin/sh
# ossl-lint audit of irssi 43f1727 (2026-01-27): src/core/network-openssl.c (the only TLS I/O file)
# flags are those of $AUDIT_ROOT/irssi/build/compile_commands.json (meson setup, see README.md), minus
# -MD/-MF/-o (with -p the checker fails on the database's relative -MF path)
# usage: irssi.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/irssi (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/irssi" ] || { echo "$0: $R/irssi: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/irssi/src; O=$R/irssi/build
exec "$B" "$@" $S/src/core/network-openssl.c -- -I$O -I$S -I$S/src -D_FILE_OFFSET_BITS=64 -pthread \
  -isystem/usr/include/libmount -isystem/usr/include/blkid -isystem/usr/include/glib-2.0 \
  -isystem/usr/lib/x86_64-linux-gnu/glib-2.0/include '-DMODULEDIR="/usr/local/lib/x86_64-linux-gnu/irssi/modules"' \
  '-DSYSCONFDIR="/usr/local/etc"'
