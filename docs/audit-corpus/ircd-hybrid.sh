#!/bin/sh
# ossl-lint audit of ircd-hybrid c22d5cb26a8e40ebf48a06d1755355843504001e (2024-10-21)
# usage: ircd-hybrid.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/ircd-hybrid (docs/audit-corpus/README.md)
# preparation: git archive of the commit into $R/ircd-hybrid/src, then in src:
#   ./configure          (finds libssl/libcrypto: config.h gets HAVE_LIBSSL, HAVE_LIBCRYPTO, so
#                         libio/src/tls.h includes tls_openssl.h, which defines HAVE_TLS_OPENSSL)
# flags: DEFS and the include dirs of src/Makefile and libio/src/Makefile (-DHAVE_CONFIG_H,
# top builddir, libio/src, src). The TLS code is libio/src/tls_openssl.c (no src/s_bsd.c any more).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/ircd-hybrid" ] || { echo "$0: $R/ircd-hybrid: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/ircd-hybrid/src
exec "$BIN" "$@" -j2 \
  $S/libio/src/tls_openssl.c $S/libio/src/fdlist.c $S/src/packet.c $S/src/send.c $S/src/server.c \
  $S/src/listener.c $S/src/client.c $S/src/ircd.c $S/src/conf.c \
  -- -DHAVE_CONFIG_H -I$S -I$S/libio/src -I$S/src
