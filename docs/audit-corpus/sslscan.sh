#!/bin/sh
# ossl-lint audit of sslscan (github.com/rbsec/sslscan, branch master)
# d817d493f65e2e7e4ddba0f1dd5bf2e283f4cb7b (2026-04-23, 2.2.2-2-gd817d49)
# usage: sslscan.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/sslscan (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): git archive of the commit into
# $R/sslscan/src; nothing to configure (plain Makefile, no config header). The openssl submodule
# that only `make static` uses is not fetched: the system's OpenSSL 3.0 headers are used. sslscan.c
# stops with `#error "OpenSSL 3.5 or later is required!"` when OPENSSL_VERSION_NUMBER < 0x30500000
# (its only test of that macro; it otherwise compiles against 3.0's headers with no error), so a
# one-header shim $R/sslscan/shim/openssl/opensslv.h is written and put first on the include path:
#   #ifndef AUDIT_SHIM_OPENSSLV_H / #define AUDIT_SHIM_OPENSSLV_H / #include_next <openssl/opensslv.h>
#   #undef OPENSSL_VERSION_NUMBER / #define OPENSSL_VERSION_NUMBER 0x30500000L / #endif
# The flags are the Makefile's for the dynamic build: CFLAGS -std=gnu11 -D_FORTIFY_SOURCE=2,
# DEFINES -DVERSION=\"$(git describe --tags --always --dirty=-wip)\" (the /usr/local and /opt
# include dirs it adds do not exist here and are left out)
# Files: the whole program is sslscan.c (SSL_connect in its connection and per-test functions,
# SSL_write and SSL_read of the HTTP, heartbleed and renegotiation tests, SSL_get_error,
# SSL_shutdown), with all its callers in the same file (main -> testHost -> the per-test functions).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/sslscan" ] || { echo "$0: $R/sslscan: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/sslscan/src
exec "$BIN" "$@" -j2 \
  $S/sslscan.c \
  -- -I$R/sslscan/shim -std=gnu11 -D_FORTIFY_SOURCE=2 '-DVERSION="2.2.2-2-gd817d49"' -I$S
