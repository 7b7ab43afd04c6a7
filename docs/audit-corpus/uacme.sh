#!/bin/sh
# ossl-lint audit of uacme (github.com/ndilieto/uacme, branch master) a7edb4cf63c271dc8dc31388ab138d486a10a840 (2025-09-19, "nsupdate.sh: support settings from environment")
# usage: uacme.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/uacme (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libcurl4-openssl-dev libev-dev autoconf automake): git archive of the
# commit into $R/uacme/src; in src: autoreconf -fi, then ./configure --with-openssl --with-ualpn --disable-docs (writes
# config.h with USE_OPENSSL and HAVE_SPLICE; system libev); the flags are the Makefile's DEFS/DEFAULT_INCLUDES and
# ualpn_CPPFLAGS/ualpn_CFLAGS (-DHAVE_CONFIG_H -I. -DRUNSTATEDIR=...).
# Files: ualpn.c is uacme's ualpn, a TLS-ALPN-01 (RFC 8737) challenge responder: a libev event loop accepts on the
# HTTPS port, peeks at each ClientHello, answers an "acme-tls/1" handshake itself with SSL_do_handshake() on the
# non-blocking socket (classified with SSL_get_error(); certificates chosen in the client-hello callback), and
# splices every other connection to a backend server untouched; log.c and base64.c are its helpers.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/uacme" ] || { echo "$0: $R/uacme: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/uacme/src
exec "$BIN" "$@" -j2 \
  $S/ualpn.c $S/log.c $S/base64.c \
  -- -I$S -DHAVE_CONFIG_H -DRUNSTATEDIR=\"/usr/local/var/run\" -Wall -Wextra -fno-strict-aliasing
