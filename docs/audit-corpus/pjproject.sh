#!/bin/sh
# ossl-lint audit of pjproject b7317ffcaf1d20a38eb231cf15b7b65c4734dbb4 (2026-08-20)
# usage: pjproject.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/pjproject (docs/audit-corpus/README.md)
# preparation: git archive of the commit into $R/pjproject/src, then in src:
#   ./configure          (OpenSSL found: os_auto.h gets PJ_SSL_SOCK_IMP_OPENSSL;
#                         generates pjlib/include/pj/compat/os_auto.h, m_auto.h, sip_autoconf.h, ...)
#   touch pjlib/include/pj/config_site.h   (what pjlib/build/Makefile does before compiling)
# flags: PJLIB_CFLAGS of `make -C pjlib/build print` minus -Wall -O2, plus the include dirs of
# the callers (pjlib-util, pjnath, pjmedia, pjsip). ssl_sock_imp_common.c is #included by
# ssl_sock_ossl.c (line 242), so it is not given as a unit of its own.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/pjproject" ] || { echo "$0: $R/pjproject: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/pjproject/src
exec "$BIN" "$@" -j2 \
  $S/pjlib/src/pj/ssl_sock_ossl.c $S/pjlib/src/pj/ssl_sock_common.c $S/pjlib/src/pj/ssl_sock_dump.c \
  $S/pjlib/src/pj/activesock.c $S/pjsip/src/pjsip/sip_transport_tls.c $S/pjnath/src/pjnath/turn_sock.c \
  $S/pjlib-util/src/pjlib-util/websock.c \
  -- -DPJ_AUTOCONF=1 -DPJ_IS_BIG_ENDIAN=0 -DPJ_IS_LITTLE_ENDIAN=1 -I$S/pjlib/include \
  -I$S/pjlib-util/include -I$S/pjnath/include -I$S/pjmedia/include -I$S/pjsip/include
