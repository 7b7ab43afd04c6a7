#!/bin/sh
# ossl-lint audit of nxlog-ce (github.com/LRiFei/nxlog-ce, branch master: NXLog Community Edition
# 2.8.1248 as released, imported in three commits) bc1455160a0556efae9e0872154e8b213a0e2ab0
# (2017-02-23, "Create .travis.yml")
# usage: nxlog-ce.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/nxlog-ce (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libapr1-dev libpcre3-dev libexpat1-dev
# zlib1g-dev): git archive of the commit into $R/nxlog-ce/src, then in src:
#   sh ./configure --disable-xm_perl ac_cv_lib_crypto_EVP_CIPHER_CTX_init=yes \
#       ac_cv_lib_ssl_SSL_library_init=yes
# (only configures: writes src/common/config.h; nothing is built). configure.in finds OpenSSL by
# AC_CHECK_LIB(crypto, EVP_CIPHER_CTX_init) and (ssl, SSL_library_init), both macros, not
# symbols, since OpenSSL 1.1, so against 3.0 it stops with "libcrypto not found": the two cache
# variables say what it finds with the OpenSSL 0.9.8/1.0 this code was written for. The flags are
# the modules' Makefiles' (DEFS -DHAVE_CONFIG_H, DEFAULT_INCLUDES -I. -I$(top_builddir)/src/common,
# INCLUDES -I/usr/include/apr-1.0, APR_CFLAGS -DLINUX -D_REENTRANT -D_GNU_SOURCE, and of CFLAGS
# -funsigned-char -fstrict-aliasing; the warnings, -rdynamic and -ggdb3 left out); no -std: the
# compiler's default.
# src/common/ssl.c's nx_ssl_from_socket reads SSL_CTX's param, opaque since 1.1 (an "incomplete
# definition of type 'SSL_CTX'" error against 3.0): a shim $R/nxlog-ce/shim/ossl10-structs.h
# (mkdir -p $R/nxlog-ce/shim && cp docs/audit-corpus/stubs/nxlog-ce/ossl10-structs.h
# $R/nxlog-ce/shim/), given with -include, includes <openssl/ssl.h> and <openssl/x509_vfy.h> and
# completes struct ssl_ctx_st with just that member; it declares no function, so every OpenSSL
# call is the model's as in any 3.0 run
# Files: the shared OpenSSL layer src/common/ssl.c (nx_ssl_error: describes the queue and throws;
# nx_ssl_check_io_error: SSL_get_error and the verify result, throws for failures;
# nx_ssl_ctx_init, nx_ssl_from_socket: SSL_CTX_new, SSL_new, SSL_set_bio over the APR socket;
# nx_ssl_read/nx_ssl_write: SSL_read/SSL_write classified by nx_ssl_check_io_error;
# nx_ssl_destroy: SSL_shutdown), its users src/modules/input/ssl/im_ssl.c (the TLS listener:
# SSL_set_accept_state, SSL_do_handshake and reads from the event handler),
# src/modules/output/ssl/om_ssl.c (the TLS client: do_handshake's SSL_do_handshake, writes and the
# reconnect path) and src/modules/output/http/om_http.c (HTTPS: SSL_connect on a blocking socket,
# then non-blocking nx_ssl_write/nx_ssl_read), and src/common/exception.c (the cexcept-based
# throw/rethrow that nx_ssl_error and nx_ssl_check_io_error end in)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/nxlog-ce" ] || { echo "$0: $R/nxlog-ce: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/nxlog-ce/src
exec "$BIN" "$@" -j2 \
  $S/src/common/ssl.c $S/src/modules/input/ssl/im_ssl.c $S/src/modules/output/ssl/om_ssl.c \
  $S/src/modules/output/http/om_http.c $S/src/common/exception.c \
  -- -DHAVE_CONFIG_H -I$S/src/common -I/usr/include/apr-1.0 -DLINUX -D_REENTRANT -D_GNU_SOURCE \
  -funsigned-char -fstrict-aliasing -include $R/nxlog-ce/shim/ossl10-structs.h
