#!/bin/sh
# ossl-lint audit of solanum (github.com/solanum-ircd/solanum) 115b1e2e8c3d94a490cdcb0fc1f7a4448cefc6bf (2026-07-26)
# usage: solanum.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/solanum (docs/audit-corpus/README.md)
# preparation: git archive of the commit into $R/solanum/src, then in src:
#   ./autogen.sh && ./configure --enable-openssl   (writes include/setup.h, librb/include/librb_config.h)
# librb builds with -I. -I../include (librb's), ssld and authd with -I../include -I../librb/include
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/solanum" ] || { echo "$0: $R/solanum: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/solanum/src
exec "$BIN" "$@" -j2 \
  $S/librb/src/openssl.c $S/librb/src/commio.c $S/librb/src/rawbuf.c \
  $S/ssld/ssld.c $S/authd/providers/opm.c \
  -- -DHAVE_CONFIG_H -I$S/librb/src -I$S/librb/include -I$S/include -I$S/authd
