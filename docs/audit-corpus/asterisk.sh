#!/bin/sh
# ossl-lint audit of asterisk f0c1c1a7b79b0f8cc0311649bf36824cbeee30a9 (2026-08-06)
# usage: asterisk.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/asterisk (docs/audit-corpus/README.md)
# preparation: git archive of the commit into $R/asterisk/src, then in src:
#   apt-get install -y libedit-dev libsrtp2-dev libjansson-dev libxml2-dev uuid-dev libsqlite3-dev libssl-dev
#   ./configure --without-pjproject-bundled --without-jansson-bundled --without-pjproject
#   make menuselect.makeopts && make include/asterisk/buildopts.h
# flags: those of the build's main/*.o (make -n main: -pthread -I include -I/usr/include/libxml2
#   -DAST_MODULE="core" -DAST_IN_CORE), plus -fblocks, which a clang build of Asterisk uses
#   (RAII_VAR in include/asterisk/utils.h is a block under __clang__).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/asterisk" ] || { echo "$0: $R/asterisk: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/asterisk/src
exec "$BIN" "$@" -j2 \
  $S/main/iostream.c $S/main/tcptls.c $S/res/res_rtp_asterisk.c \
  -- -pthread -fblocks -I$S/include -I/usr/include/libxml2 -DAST_MODULE=\"core\" -DAST_IN_CORE
