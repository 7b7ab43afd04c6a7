#!/bin/sh
# ossl-lint audit of nmh (github.com/mcr/nmh, branch master) e9d8f9d13bb4396be20832b2c1ec003f3edbe9ed (2019-09-30, "add documentation on friendly function")
# usage: nmh.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/nmh (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev autoconf automake flex): git archive of the commit into $R/nmh/src;
# in src: autoreconf -v -i, then ./configure --with-tls --without-cyrus-sasl --without-oauth (writes config.h with
# TLS_SUPPORT); the flags are the Makefile's DEFS/DEFAULT_INCLUDES (-DHAVE_CONFIG_H -I.).
# Files: sbr/netsec.c is nmh's network security layer (buffered socket I/O, SASL, TLS via a BIO_f_ssl chain
# over a socket BIO: netsec_negotiate_tls() runs BIO_do_handshake(), netsec_fillread() reads with SSL_read()
# and classifies with SSL_get_error(), writes go through BIO_write()/BIO_flush()); its callers are
# mts/smtp/smtp.c (SMTP submission, STARTTLS or TLS on connect), uip/popsbr.c (POP3 client) and
# uip/imaptest.c (IMAP test client).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/nmh" ] || { echo "$0: $R/nmh: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/nmh/src
exec "$BIN" "$@" -j2 \
  $S/sbr/netsec.c $S/mts/smtp/smtp.c $S/uip/popsbr.c $S/uip/imaptest.c \
  -- -I$S -DHAVE_CONFIG_H -g -O2 -Wall -Wextra
