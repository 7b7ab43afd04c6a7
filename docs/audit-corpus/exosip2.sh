#!/bin/sh
# ossl-lint audit of exosip2 (github.com/aurelihein/exosip, branch master: a git mirror of eXosip2's
# savannah repository, libeXosip2 4.0.0 in development) 79c02f6d94b47ea39b235c63fb1f59c362c97751
# (2012-12-03, "fix warning")
# usage: exosip2.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/exosip2 (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libosip2-dev libc-ares-dev autoconf automake
# libtool): git archive of the commit into $R/exosip2/src, then in src: ./autogen.sh && ./configure
# (only configures: writes exosip-config.h with HAVE_OPENSSL_SSL_H, c-ares found; libosip2 5.3's
# headers stand in for the 4.0 of that time, and parse; nothing is built); the flags are
# src/Makefile's (DEFS -DHAVE_CONFIG_H, CPPFLAGS -DSRV_RECORD and its warnings, EXOSIP_FLAGS
# -pedantic -DENABLE_DEBUG -g -DENABLE_TRACE -DHAVE_CARES_H, INCLUDES -I$(top_srcdir)
# -I$(top_srcdir)/include, DEFAULT_INCLUDES -I. -I$(top_builddir); the -W flags left out).
# eXtl_tls.c and eXtl_dtls.c were written for OpenSSL 0.9.8/1.0 and read and write three structs
# that are opaque since 1.1 (eXtl_tls.c:814 store->current_cert, :1136 ctx->cert_store;
# eXtl_dtls.c:228, :567, :571-572, :877, :891 ssl_conn->rbio, which the DTLS transport replaces by
# hand): against 3.0's headers those are eight "incomplete type" errors. A shim
# $R/exosip2/shim/ossl10-structs.h (mkdir -p $R/exosip2/shim && cp
# docs/audit-corpus/stubs/exosip2/ossl10-structs.h $R/exosip2/shim/), given with -include, includes <openssl/ssl.h>, <openssl/x509.h> and
# <openssl/x509_vfy.h> and completes struct x509_store_ctx_st, ssl_ctx_st and ssl_st with just those
# members (1.0's names and types); it declares no function, so every OpenSSL call is the model's as
# in any 3.0 run (the stores into ->rbio are plain field stores to the checker, not SSL_set_bio)
# Files: the two OpenSSL transports: src/eXtl_tls.c (SIP over TLS: initialize_client_ctx and the
# server context, _tls_tl_ssl_connect_socket: SSL_connect retried on a want, _tls_tl_recv:
# SSL_do_handshake and SSL_read classified, tls_tl_read_message: accept and a blocking SSL_accept,
# tls_tl_send_message and tls_tl_keepalive: SSL_write classified, _tls_tl_close_sockinfo:
# SSL_shutdown) and src/eXtl_dtls.c (SIP over DTLS: each datagram handed to SSL_read through a
# memory BIO put in ssl_conn->rbio, SSL_write over a datagram BIO, SSL_shutdown classified in
# shutdown_free_*_dtls); and their callers through the eXtl_protocol tables: src/udp.c
# (_eXosip_read_message, the select loop that calls each transport's tl_read_message), src/eXconf.c
# (eXosip_execute, the thread and the keep-alives), src/eXosip.c, src/eXtransport.c and
# src/jcallback.c (the sending side, tl_send_message)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/exosip2" ] || { echo "$0: $R/exosip2: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/exosip2/src
exec "$BIN" "$@" -j2 \
  $S/src/eXtl_tls.c $S/src/eXtl_dtls.c $S/src/udp.c $S/src/eXconf.c $S/src/eXosip.c \
  $S/src/eXtransport.c $S/src/jcallback.c \
  -- -DHAVE_CONFIG_H -DSRV_RECORD -pedantic -DENABLE_DEBUG -g -DENABLE_TRACE -DHAVE_CARES_H \
  -include $R/exosip2/shim/ossl10-structs.h -I$S/src -I$S -I$S/include
