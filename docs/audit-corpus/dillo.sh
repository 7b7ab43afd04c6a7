#!/bin/sh
# ossl-lint audit of dillo (github.com/dillo-browser/dillo, branch master)
# 6856c5016de8cc15d077ec8d785bac1a38b4a813 (2026-04-19, "Avoid setonly(void) after FLTK 1.4.0")
# usage: dillo.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/dillo (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libfltk1.3-dev zlib1g-dev libjpeg-dev
# libpng-dev autoconf automake): git archive of the commit into $R/dillo/src, then in src:
#   ./autogen.sh && ./configure   (only configures: writes config.h with ENABLE_TLS and
#   HAVE_OPENSSL; nothing is built); the flags are src/IO/Makefile's C compile line: DEFS
#   (-DHAVE_CONFIG_H), DEFAULT_INCLUDES and AM_CPPFLAGS (-I. -I$top -I$top/src, DILLO_BINDIR,
#   CA_CERTS_FILE/CA_CERTS_DIR empty as configure found none) and CFLAGS (-DD_DNS_THREADED
#   -D_REENTRANT -D_THREAD_SAFE -pedantic -std=c99 -D_POSIX_C_SOURCE=200112L); FLTK_CFLAGS
#   (cairo, glib, freetype include paths) is left out: none of these C files includes them
# Files: the OpenSSL layer, src/IO/tls_openssl.c (SSL_connect driven by the iowatch callback
# Tls_connect_cb with SSL_get_error, a_Tls_openssl_read/write classifying SSL_read/SSL_write
# in Tls_handle_error, SSL_shutdown in Tls_close_by_key, certificate checks); src/IO/tls.c
# (the a_Tls_* dispatch to the OpenSSL or mbedTLS back end); their C callers: src/IO/IO.c
# (IO_read/IO_write loops calling a_Tls_read/a_Tls_write from the fd watch callbacks) and
# src/IO/http.c (a_Tls_connect, a_Tls_connect_ready, a_Tls_close_by_fd); src/hsts.c
# (a_Tls_certificate_is_clean). The C++ sources (dillo.cc: a_Tls_init/freeall, iowatch.cc:
# the fd watch loop) are skipped, as is the unused mbedTLS back end.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/dillo" ] || { echo "$0: $R/dillo: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/dillo/src
exec "$BIN" "$@" -j2 \
  $S/src/IO/tls_openssl.c $S/src/IO/tls.c $S/src/IO/IO.c $S/src/IO/http.c $S/src/hsts.c \
  -- -std=c99 -pedantic -D_POSIX_C_SOURCE=200112L -DHAVE_CONFIG_H -DD_DNS_THREADED -D_REENTRANT \
  -D_THREAD_SAFE '-DDILLO_BINDIR="/usr/local/bin/"' '-DCA_CERTS_FILE=""' '-DCA_CERTS_DIR=""' \
  -I$S/src/IO -I$S -I$S/src
