#!/bin/sh
# ossl-lint audit of ldns (github.com/NLnetLabs/ldns, branch develop) 310ae27b23e071b20e5010b6916d73ba0435ab79 (2024-12-04, "Minor improvements to the ldns-signzone man page. (#264)")
# usage: ldns.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/ldns (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev autoconf automake libtool): git archive --prefix=src/
# of the commit into $R/ldns (the tree is $R/ldns/src; the submodules contrib/DNS-LDNS and test/tpkg are
# not needed), then in src, as README.git says: libtoolize -ci; autoreconf -fi;
# ./configure --with-examples --with-drill; ln -s ldns/config.h config.h (what the Makefile's setup-builddir
# target does before it compiles; the examples include "config.h") (only configures, for ldns/config.h with HAVE_SSL, USE_DANE,
# USE_DANE_VERIFY, USE_DANE_TA_USAGE, and the generated ldns/common.h, ldns/net.h, ldns/util.h; nothing is
# built); the flags are the Makefile's CPPFLAGS and CFLAGS (its -D and -I) of the $(EXAMPLE_LOBJS) rule
# Files: examples/ldns-dane.c is the only OpenSSL TLS I/O in ldns (drill does no TLS): the DANE checker
# ldns-dane, a blocking single-threaded client: ssl_connect_and_get_cert_chain() (SSL_clear, SNI,
# SSL_set_fd, an SSL_do_handshake loop with ERR_clear_error() before each pass), ssl_interact() (the
# "-i" mode: select() over stdin and the socket, SSL_read to stdout, an SSL_write loop from stdin),
# ssl_err() (ERR_print_errors_fp and exit) and main() (the SSL_CTX, the TLSA lookups, the verification
# through the library, SSL_shutdown); dane.c is the library's DANE code that main() calls between the
# handshake and ssl_interact() (ldns_dane_verify(), X509 store and chain checks)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/ldns" ] || { echo "$0: $R/ldns: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/ldns/src
exec "$BIN" "$@" -j2 \
  $S/examples/ldns-dane.c $S/dane.c \
  -- -I$S -DHAVE_CONFIG_H '-DLDNS_TRUST_ANCHOR_FILE="/usr/local/etc/unbound/root.key"' \
  -DOPENSSL_API_COMPAT=10100 -fno-strict-aliasing -D_GNU_SOURCE -g -O2
