#!/bin/sh
# ossl-lint audit of pound b96424f23a11238e243a18859b15823d4f6a1873 (2026-07-10)
# usage: pound.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/pound (docs/audit-corpus/README.md)
# preparation: git archive of the commit into $R/pound/src, then in src:
#   ./bootstrap && ./configure && make -C src cfg-gram.c cfg-gram.h cfg-lex.c
#   (bootstrap = autoreconf -f -i -s; Debian 12 with libssl-dev 3.0, libpcre2-dev, liblua5.4-dev;
#   configure finds POSIX+PCRE2 regex, Lua, inotify, no dynamic backends; the make step only
#   generates cfg-gram.h, which cfgdef.h includes). Flags are src/Makefile's DEFS,
#   DEFAULT_INCLUDES, AM_CPPFLAGS (with -DWITH_INOTIFY=1) and AM_CFLAGS.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/pound" ] || { echo "$0: $R/pound: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/pound/src
exec "$BIN" "$@" -j2 \
  $S/src/http.c $S/src/pound.c $S/src/svc.c $S/src/config.c $S/src/bauth.c $S/src/pndlua.c \
  $S/src/capbio.c $S/src/nullsink.c $S/src/log.c $S/src/poundctl.c \
  -- -DHAVE_CONFIG_H -I$S/src -I$S -I/usr/include/lua5.4 \
  -DSYSCONFDIR=\"/usr/local/etc\" -DLOCALSTATEDIR=\"/usr/local/var\" \
  -DPKGDATADIR=\"/usr/local/share/pound\" -DWITH_INOTIFY=1 -pthread
