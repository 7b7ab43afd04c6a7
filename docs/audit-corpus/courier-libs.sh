#!/bin/sh
# ossl-lint audit of courier-libs (github.com/svarshavchik/courier-libs, branch master)
# 2a13a234cc337c29e2c4826cc079c16086341b79 (2026-06-27)
# usage: courier-libs.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/courier-libs (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libidn2-dev): git archive of the commit into
# $R/courier-libs/src. courier-libs is the libs/ subtree of courier, courier-imap, maildrop and
# sqwebmail: each directory has its own configure.ac with AC_CONFIG_AUX_DIR(../..), and tcpd's
# sources '. ../../dbobj.config', which the parent package's configure writes. So, with
# printf 'dblibrary=""\n' > $R/courier-libs/dbobj.config (no couriertcpd; nothing TLS depends on it),
# in each of md5 random128 numlib liblock soxwrap rfc1035 tcpd (in that order):
#   autoreconf -fi && ./configure   (only configures: writes the config.h each header includes, and
#   soxwrap/soxwrap_config.h; the aux files land in $R/courier-libs; nothing is built). tcpd's
#   configure picks OpenSSL by default (TLSLIBRARY = libcouriertlsopenssl.la, HAVE_OPENSSL110,
#   _SNI, _ALPN, X509_VERIFY_PARAM_set1_host) even with GnuTLS headers present;
#   the flags are tcpd/Makefile's (DEFS -DHAVE_CONFIG_H, DEFAULT_INCLUDES -I., CFLAGS -I.. -I../..;
#   CPPFLAGS -I/usr/include/p11-kit-1 is GnuTLS's pkg-config, unused by the OpenSSL build; no -std)
# Files: the OpenSSL layer (tcpd/libcouriertls.c: tls_connect() with SSL_accept/SSL_connect and
# SSL_get_error, the non-blocking relay tls_transfer() with SSL_read/SSL_write/SSL_shutdown and
# tls_connecting()/tls_closing()), the couriertls program that drives its select() loop
# (tcpd/starttls.c; the brief's "couriertls.c"), the default callbacks (tcpd/tlsinfo.c), the session
# cache (tcpd/tlscache.c), the socket pair (tcpd/spipe.c) and the argument parser (tcpd/argparse.c).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/courier-libs" ] || { echo "$0: $R/courier-libs: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/courier-libs/src
exec "$BIN" "$@" -j2 \
  $S/tcpd/libcouriertls.c $S/tcpd/starttls.c $S/tcpd/tlsinfo.c $S/tcpd/tlscache.c $S/tcpd/spipe.c \
  $S/tcpd/argparse.c \
  -- -DHAVE_CONFIG_H -I$S/tcpd -I$S -I$S/..
