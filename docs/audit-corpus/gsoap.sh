#!/bin/sh
# ossl-lint audit of gSOAP's runtime (gSOAP 2.8.14; github.com/stoneyrh/gSOAP, a GitHub mirror of
# the SourceForge releases, one commit per release; ng-merl/gSOAP holds the same commit)
# af73ab8e55c00b43556876de39bef5dd200d4ba9 (2013-02-03)
# usage: gsoap.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/gsoap (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0): git archive of the commit into $R/gsoap/src, then in src
#   `./configure` (SSL: OpenSSL, the default), which rewrites the committed config.h (it was the
#   release machine's: xlocale.h, sprintf_l) for Linux and writes gsoap/Makefile. The flags are
#   those of gsoap/Makefile's libgsoapssl.a (the OpenSSL build of the runtime): DEFS,
#   DEFAULT_INCLUDES, -D$(platform) = -DLINUX, $(WSDL2H_EXTRA_FLAGS) = -DWITH_OPENSSL -DWITH_GZIP,
#   -DWITH_DOM, CFLAGS; its source stdsoap2_ssl.c is committed and identical to stdsoap2.c.
# Files: the runtime (stdsoap2.c: fsend with SSL_write, frecv with SSL_read, soap_ssl_error,
# soap_ssl_accept with SSL_accept, tcp_connect with SSL_connect, soap_closesock/soap_done with
# SSL_shutdown, the SSL context setup) and the other unit of libgsoapssl.a (dom.c: the DOM
# parser, which reads through soap_recv and so frecv).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/gsoap" ] || { echo "$0: $R/gsoap: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/gsoap/src
exec "$BIN" "$@" -j2 \
  $S/gsoap/stdsoap2.c $S/gsoap/dom.c \
  -- -DHAVE_CONFIG_H -I$S/gsoap -I$S -DLINUX -DWITH_OPENSSL -DWITH_GZIP -DWITH_DOM -g -O2
