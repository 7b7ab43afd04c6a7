#!/bin/sh
# ossl-lint audit of tls-scan (github.com/prbinu/tls-scan, branch master) 13c59a5f60d871b19ccf08bea5846e5acb2adec8 (2024-11-22, "Merge pull request #65 from joswr1ght/master")
# usage: tls-scan.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/tls-scan (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libevent-dev libgnutls28-dev zlib1g-dev):
#   git archive of the commit into $R/tls-scan/src; nothing to configure (configure.ac writes no
#   config header); the flags are Makefile.am's AM_CPPFLAGS (-I$S/include -std=c99 -D_GNU_SOURCE
#   and the four -DTS_* version strings, here fixed; its -I build-root/include points at the
#   bootstrap.sh build of OpenSSL 1.0.2-chacha, libevent and GnuTLS, here the system's headers)
# Files: the whole program: main.c (the scanner: one SSL per target, SSL_CTX options, the
# handshake and I/O left to libevent's bufferevent_openssl (bufferevent_openssl_socket_new, or
# bufferevent_openssl_filter_new over a plain bufferevent after a STARTTLS exchange), the event
# callbacks reading the result, SSL_shutdown when a client is freed), proto-adapters.c (the
# plain-text STARTTLS/protocol exchanges before TLS), cert-parser.c (ts_tls_cert_parse: the
# peer's certificate chain, cipher, session and OCSP data through the X509/SSL getters),
# gnutls13.c (the TLS 1.3 probe over GnuTLS) and common.c (helpers).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/tls-scan" ] || { echo "$0: $R/tls-scan: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/tls-scan/src
exec "$BIN" "$@" -j2 \
  $S/main.c $S/proto-adapters.c $S/cert-parser.c $S/gnutls13.c $S/common.c \
  -- -I$S/include -std=c99 -D_GNU_SOURCE -DTS_VERSION=\"1.6.0\" -DTS_BUILD_DATE=\"2024-11-22\" \
  -DTS_OS=\"Linux\" -DTS_ARCH=\"x86_64\"
