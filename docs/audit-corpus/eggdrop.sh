#!/bin/sh
# ossl-lint audit of eggdrop 277ec01e0aacfc29c8a0ce3383fe1999ca2414ce (2024-10-13)
# usage: eggdrop.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/eggdrop (docs/audit-corpus/README.md)
# preparation: git archive of the commit (branch develop) into $R/eggdrop/src, then in src:
#   ./configure            (TLS on by default: config.h gets "#define TLS 1", OpenSSL 3.0.22;
#                           generates config.h, eggint.h, lush.h)
# flags as src/Makefile gives them (-I.. -DHAVE_CONFIG_H $(CFLGS)=-I/usr/include/tcl8.6);
# modules (src/mod/*) are built with other flags (-DMAKING_MODS) and reach the core
# only through the global[] function table, so they are not given.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/eggdrop" ] || { echo "$0: $R/eggdrop: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/eggdrop/src
exec "$BIN" "$@" -j2 \
  $S/src/net.c $S/src/tls.c $S/src/dcc.c $S/src/dccutil.c $S/src/botcmd.c $S/src/botnet.c \
  $S/src/tcldcc.c $S/src/main.c \
  -- -I$S -DHAVE_CONFIG_H -I/usr/include/tcl8.6
