#!/bin/sh
# ossl-lint audit of GoAhead (github.com/embedthis/goahead, branch master)
# 9b4deb0482a9a68e961c5ae8f3e880a5fcb81d7e (2025-11-03, "TEST: update the test prep scripts")
# usage: goahead.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/goahead (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): git archive of the commit into
#   $R/goahead/src; no configure: the generated Makefile projects/goahead-linux-default.mk
#   (ME_COM_OPENSSL=1, the default profile "dev" of `make -n`) copies the headers, so in src:
#   B=build/linux-x64-dev/inc; mkdir -p $B && cp projects/goahead-linux-default-me.h $B/me.h &&
#   cp src/osdep/osdep.h src/goahead.h src/js.h $B/    (nothing is built); the flags are those of
#   `make -f projects/goahead-linux-default.mk -n`'s line for src/openssl.c (the same for every
#   object: its CFLAGS, DFLAGS with the empty -DME_GOAHEAD_* of unset variables, -DME_DEBUG=1,
#   -D_FILE_OFFSET_BITS=64, -I$B; no -std)
# Files: the OpenSSL backend src/openssl.c (sslOpen: the SSL_CTX and its modes; sslUpgrade:
# SSL_new, BIO_new_socket, SSL_set_accept_state; sslRead: the SSL_read retry loop and its second
# classification after the loop, with ERR_get_error/ERR_error_string_n for the log; sslWrite:
# ERR_clear_error, the SSL_write loop classified with SSL_get_error; sslFree), its callers in
# src/http.c (websRead/websWriteSocket over sslRead/sslWrite, the upgrade in websAccept, the
# event handling of each connection), src/socket.c (the non-blocking sockets, socketHiddenData,
# the event loop's select) and src/goahead.c (main and its websServiceEvents loop);
# src/mbedtls.c is the other backend, not part of this build.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/goahead" ] || { echo "$0: $R/goahead: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/goahead/src
exec "$BIN" "$@" -j2 \
  $S/src/openssl.c $S/src/http.c $S/src/socket.c $S/src/goahead.c \
  -- -Wno-unused-result -Wall -g -fPIC -g -DPIC -D_REENTRANT -DME_COM_COMPILER=1 -DME_COM_LIB=1 \
  -DME_COM_MBEDTLS=0 -DME_COM_OPENSSL=1 -DME_COM_OSDEP=1 -DME_COM_SSL=1 -DME_COM_VXWORKS=0 \
  -DME_CERTS_GENDH=1 -DME_GOAHEAD_ACCESSLOG= -DME_GOAHEAD_AUTH=1 -DME_GOAHEAD_AUTHSTORE= \
  -DME_GOAHEAD_AUTOLOGIN= -DME_GOAHEAD_CGI=1 -DME_GOAHEAD_CGIVARPREFIX= -DME_GOAHEAD_CLIENTCACHE= \
  -DME_GOAHEAD_CLIENTCACHELIFESPAN= -DME_GOAHEAD_DIGEST=1 '-DME_GOAHEAD_DOCUMENTS="web"' \
  -DME_GOAHEAD_JAVASCRIPT=1 -DME_GOAHEAD_LEGACY=0 -DME_GOAHEAD_LIMITBUFFER= \
  -DME_GOAHEAD_LIMITCGIARGS= -DME_GOAHEAD_LIMITFILENAME= -DME_GOAHEAD_LIMITFILES= \
  -DME_GOAHEAD_LIMITHEADER= -DME_GOAHEAD_LIMITHEADERS= -DME_GOAHEAD_LIMITNUMHEADERS= \
  -DME_GOAHEAD_LIMITPARSETIMEOUT= -DME_GOAHEAD_LIMITPASSWORD= -DME_GOAHEAD_LIMITPOST= \
  -DME_GOAHEAD_LIMITPUT= -DME_GOAHEAD_LIMITSESSIONCOUNT= -DME_GOAHEAD_LIMITSESSIONLIFE= \
  -DME_GOAHEAD_LIMITSTRING= -DME_GOAHEAD_LIMITTIMEOUT= -DME_GOAHEAD_LIMITUPLOAD= \
  -DME_GOAHEAD_LIMITURI= '-DME_GOAHEAD_LISTEN="http://*:80,https://*:443"' \
  '-DME_GOAHEAD_LOGFILE="stderr:0"' -DME_GOAHEAD_LOGGING=1 -DME_GOAHEAD_PUTDIR= \
  '-DME_GOAHEAD_REALM="example.com"' -DME_GOAHEAD_REPLACE_MALLOC=0 -DME_GOAHEAD_SSL= \
  -DME_GOAHEAD_STEALTH=1 -DME_GOAHEAD_TRACING=1 -DME_GOAHEAD_UPLOAD=1 -DME_GOAHEAD_UPLOADDIR= \
  -DME_GOAHEAD_XFRAMEHEADER= -DME_MBEDTLS_COMPACT=1 '-DME_OPENSSL_VERSION="1.0"' -DME_DEBUG=1 \
  -D_FILE_OFFSET_BITS=64 -I$S/build/linux-x64-dev/inc
