#!/bin/sh
# ossl-lint audit of nsd 6ed8470be5f88a63676110012fc38b19fb35b425 (2026-08-03)
# usage: nsd.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/nsd (docs/audit-corpus/README.md)
# preparation: git archive of the commit into $R/nsd/src (all top-level entries but tpkg/, whose
#   blob tpkg/cutest_qroot.tdir/root.qfile is missing from the mirror), then the submodule
#   simdzone (pinned c1ca1b0 is not in the mirror: NLnetLabs/simdzone HEAD 93b70fc archived into
#   src/simdzone), then in src:
#   autoreconf -fi && ./configure --disable-dnstap     (no protoc on the machine)
# (generates config.h and simdzone's headers; HAVE_SSL, libevent; the Makefile's CPPFLAGS are
#  -I. -Isimdzone/include)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/nsd" ] || { echo "$0: $R/nsd: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/nsd/src
exec "$BIN" "$@" -j2 \
  $S/server.c $S/xfrd-tcp.c $S/xfrd.c $S/xfrd-notify.c $S/remote.c $S/nsd.c $S/nsd-control.c \
  -- -I$S -I$S/simdzone/include -std=gnu99
