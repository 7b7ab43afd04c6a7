#!/bin/sh
# ossl-lint audit of c-icap (github.com/c-icap/c-icap-server, branch master) 5464b53aabde198ffbe1cd80fc23797f41d20733 (2026-03-04, "Check for null passed arguments/pointers at ci_regex* API functions, part2")
# (in place of sipsak, nils-ohlmeier/sipsak ed6a911, whose OpenSSL TLS transport is a stub: sipsak.h defines
# WITH_TLS_TRANSP only under HAVE_GNUTLS, and transport.c has no SSL_read/SSL_write)
# usage: c-icap.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/c-icap (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): git archive of the commit into $R/c-icap/src; in src:
# sh ./RECONF (writes VERSION.m4, then autoreconf: the tree has no configure), then
# ./configure --with-openssl (writes autoconf.h with HAVE_OPENSSL and include/c-icap-conf.h with USE_OPENSSL; nothing built).
# The flags are the c-icap program's (c_icap_CFLAGS, without the library's -DCI_BUILD_LIB, which only hides CI_CONF).
# Files: openssl/net_io_ssl.c is the whole OpenSSL layer, built on SSL filter BIOs: icap_accept_tls_connection() (an accept
# BIO chain, BIO_do_handshake() classified with SSL_get_error()), ci_tls_connect*() (BIO_f_ssl over a non-blocking connect
# BIO, BIO_do_connect()), ci_connection_{read,write}[_nonblock]_tls() (BIO_read/BIO_write with BIO_should_retry());
# net_io.c dispatches ci_connection_read/write to it; mpmt_server.c accepts the TLS ports' connections; request.c and
# request_common.c (the server's and the ICAP client's request I/O) and client.c (the client library) read and write through it.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/c-icap" ] || { echo "$0: $R/c-icap: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/c-icap/src
exec "$BIN" "$@" -j2 \
  $S/openssl/net_io_ssl.c $S/net_io.c $S/mpmt_server.c $S/request.c $S/request_common.c $S/client.c \
  -- -DHAVE_CONFIG_H -I$S -I$S/include -I$S/openssl -D_REENTRANT -D_FILE_OFFSET_BITS=64 -DCI_USE_INLINE_OBJECT_METHODS \
  -DCI_CONFDIR=\"/usr/local/etc\" -DCI_MODSDIR=\"/usr/local/lib/c_icap/\" -DCI_SERVDIR=\"/usr/local/lib/c_icap/\" \
  -DCI_LOGDIR=\"/usr/local/var/log/\" -DCI_DATADIR=\"/usr/local/share/c_icap/\"
