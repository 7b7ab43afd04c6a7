#!/bin/sh
# ossl-lint audit of libest (github.com/cisco/libest, branch main)
# a464ba8a66717419ba71d289ef82c7b2315b2006 (2022-09-22, "Merge pull request #107 from
# tpetazzoni/fix-extern")
# usage: libest.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/libest (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): git archive of the commit into
# $R/libest/src, then in src:
#   ./configure --with-ssl-dir=/usr --disable-safec   (the shipped configure; only for
#   est_config.h, which configure.ac copies from confdefs.h, and src/est/Makefile; nothing is
#   built; default options: no libcurl, uriparser, libcoap, BRSKI, client-only or JNI)
# the flags are src/est/Makefile's DEFS, DEFAULT_INCLUDES (-I.), AM_CFLAGS (-I$(SSL_CFLAGS)
# -I../.. -I$(SAFEC_CFLAGS): /usr/include, the top directory for est_config.h, the builtin
# safe_c_stub/include) and CFLAGS' -Wall; no -std: gcc's default gnu17
# Files: libest.la's sources that touch OpenSSL, in one run: src/est/est_server_http.c (the
# Mongoose-derived server: SSL_accept classified with SSL_get_error in worker_thread's
# accept loop, SSL_write in push(), SSL_read classified in pull(), SSL_shutdown; mg_read/
# mg_write), src/est/est_client_http.c (the client's HTTP reader: SSL_read/SSL_peek in
# est_ssl_read and the response parsing), src/est/est_client.c (SSL_connect classified in
# est_client_connect, SSL_write of every request, SSL_shutdown on the error paths); their
# callers and helpers: src/est/est_server.c (the EST server handlers, mg_read/mg_write
# through est_server_http.c), src/est/est_proxy.c (the proxy: server side via est_server.c's
# handlers, upstream via est_client.c), src/est/est.c (est_log, the error helpers draining
# ERR_get_error), src/est/est_ossl_util.c (ossl_dump_ssl_errors: ERR_print_errors, verify
# callback), src/est/est_enhcd_cert_auth.c (certificate checks the server runs before the
# response), src/est/est_client_proxy.c (the client's TCP/SOCKS connect under SSL_connect);
# jsmn.c and multipart_parser.c (parsers, no OpenSSL) and est_server_coap.c (all under
# HAVE_LIBCOAP, off by default) are left out.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/libest" ] || { echo "$0: $R/libest: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/libest/src
E=$S/src/est
exec "$BIN" "$@" -j2 \
  $E/est_server_http.c $E/est_client_http.c $E/est_client.c $E/est_server.c $E/est_proxy.c \
  $E/est.c $E/est_ossl_util.c $E/est_enhcd_cert_auth.c $E/est_client_proxy.c \
  -- -Wall -DPACKAGE_NAME=\"libest\" -DPACKAGE_TARNAME=\"libest\" -DPACKAGE_VERSION=\"3.2.0p\" \
  "-DPACKAGE_STRING=\"libest 3.2.0p\"" -DPACKAGE_BUGREPORT=\"libest-dev\" -DPACKAGE_URL=\"\" \
  -DPACKAGE=\"libest\" -DVERSION=\"3.2.0p\" -DSTDC_HEADERS=1 -DHAVE_SYS_TYPES_H=1 \
  -DHAVE_SYS_STAT_H=1 -DHAVE_STDLIB_H=1 -DHAVE_STRING_H=1 -DHAVE_MEMORY_H=1 -DHAVE_STRINGS_H=1 \
  -DHAVE_INTTYPES_H=1 -DHAVE_STDINT_H=1 -DHAVE_UNISTD_H=1 -DHAVE_DLFCN_H=1 \
  -DLT_OBJDIR=\".libs/\" -DHAVE_LIBDL=1 -DHAVE_LIBPTHREAD=1 -DHAVE_LIBCRYPTO=1 -DHAVE_LIBSSL=1 \
  -I$E -I/usr/include -I$S -I$S/safe_c_stub/include
