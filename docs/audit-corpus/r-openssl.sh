#!/bin/sh
# ossl-lint audit of r-openssl (github.com/jeroen/openssl, branch master) 15c65033dc9508b1f5ac975d2a0ae28d05ca3c18 (2026-04-14, "Fix a link")
# usage: r-openssl.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/r-openssl (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev r-base-dev): git archive of the commit into $R/r-openssl/src; nothing
# configured or built. The flags are those R CMD INSTALL gives src/*.c: R's -I/usr/share/R/include -DNDEBUG, then
# src/Makevars.in's PKG_CPPFLAGS with @cflags@ as ./configure sets it for OpenSSL 3 (pkg-config --cflags openssl is
# empty on Debian 12, then -DOPENSSL_API_COMPAT=0x10101000L) and -DSTRICT_R_HEADERS -DR_NO_REMAP.
# Files: src/ssl.c has the package's only TLS I/O, R_download_cert() (download_ssl_cert() in R/cert.R: a blocking
# SSL_connect() on a fresh SSL to fetch the peer's certificate chain, classified with SSL_get_error()), and the SSL_CTX
# helpers; src/error.c has raise_error()/bail(), which it calls on failure (ERR_print_errors_cb() into R's error);
# src/compatibility.c has the MY_* accessors ssl.c's verify callback uses. The callers are R code (.Call).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/r-openssl" ] || { echo "$0: $R/r-openssl: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/r-openssl/src
exec "$BIN" "$@" -j2 \
  $S/src/ssl.c $S/src/error.c $S/src/compatibility.c \
  -- -I/usr/share/R/include -DNDEBUG -DOPENSSL_API_COMPAT=0x10101000L -DSTRICT_R_HEADERS -DR_NO_REMAP -I$S/src -fpic
