#!/bin/sh
# ossl-lint audit of radsecproxy 080992767440b37418287cc032db229cb802b4d7 (2026-07-24)
# usage: radsecproxy.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/radsecproxy (docs/audit-corpus/README.md)
# preparation: git archive of the commit into $R/radsecproxy/src, then in src:
#   ./autogen.sh && ./configure
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/radsecproxy" ] || { echo "$0: $R/radsecproxy: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/radsecproxy/src
exec "$BIN" "$@" -j2 \
  $S/tlscommon.c $S/tls.c $S/dtls.c $S/radsecproxy.c \
  -- -DPACKAGE_NAME=\"radsecproxy\" -DPACKAGE_TARNAME=\"radsecproxy\" -DPACKAGE_VERSION=\"1.12.0-dev\" \
     -DPACKAGE_STRING=\"radsecproxy\ 1.12.0-dev\" -DPACKAGE_BUGREPORT=\"https://radsecproxy.github.io\" \
     -DPACKAGE_URL=\"\" -DPACKAGE=\"radsecproxy\" -DVERSION=\"1.12.0-dev\" -DHAVE_MALLOPT=1 -DHAVE_LIBRESOLV=1 \
     -DSYSCONFDIR=\"/usr/local/etc\" -fno-strict-aliasing -pthread \
     -DRADPROT_UDP -DRADPROT_TCP -DRADPROT_TLS -DRADPROT_DTLS -I$S
