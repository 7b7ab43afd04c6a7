#!/bin/sh
# ossl-lint audit of perdition (github.com/horms/perdition, branch main)
# 9215767c93bbc90797e3555f336e54b808fa6e79 (2022-04-01, "Add help format string for
# --ssl_dh_params_file option"); the snapshot's newest ref, refs/pull/3/merge, is a pull
# request's merge (a CI workflow), not the project's, so it was not used
# usage: perdition.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/perdition (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libpopt-dev libvanessa-adt-dev
# libvanessa-logger-dev libvanessa-socket-dev pkg-config autoconf automake libtool): git archive
# of the commit into $R/perdition/src, then in src:
#   ./autogen.sh   (libtoolize, aclocal, autoheader, automake, autoconf, then ./configure with no
#   arguments: writes config.h with WITH_SSL_SUPPORT and HAVE_DECL_SSL_CTX_SET_{MIN,MAX}_PROTO_VERSION,
#   no WITH_LIBIDN as libidn is not installed: where it is, run ./configure --without-libidn after;
#   nothing is built); the flags are
#   perdition/Makefile's compile line: DEFS (-DHAVE_CONFIG_H), DEFAULT_INCLUDES (-I. -I..),
#   INCLUDES (PERDITION_LIBDIR/SYSCONFDIR/LOCALSTATEDIR of the default prefix, ssl_includes
#   -I/usr/include, left out); LIBIDN_CFLAGS and the vanessa pkg-config CFLAGS are empty; no
#   -std: gcc's default gnu17
# Files: the OpenSSL layer, perdition/ssl.c (SSL_CTX setup, SSL_connect/SSL_accept in
# __perdition_ssl_connection with PERDITION_DEBUG_SSL_IO_ERR, log.h's macro that classifies
# with SSL_get_error, peer certificate checks) and perdition/io.c (io_write/__io_read: SSL_write/
# SSL_read classified by __IO_READ_WRITE_SSL_ERROR, io_read's select loop, io_pipe, SSL_shutdown
# in io_close); their helpers and callers: perdition/io_select.c (SSL_pending in the select
# wrapper), perdition/str.c (str_write/str_send -> io_write), perdition/token.c and
# perdition/acap_token.c (token reads -> io_read), perdition/queue_func.c, perdition/perdition.c
# (main: the STARTTLS/SSL server and client connections, io_pipe of the proxied session, io_close),
# perdition/greeting.c, perdition/quit.c, perdition/protocol.c and the protocol modules
# perdition/{imap4,imap4s,imap4_in,imap4_out,imap4_write,pop3,pop3s,pop3_in,pop3_out,pop3_write,
# managesieve,managesieve_in,managesieve_out,managesieve_write}.c (the protocol_t tables whose
# in_/out_ functions read and write through token.c and str.c, and call perdition_ssl_*).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/perdition" ] || { echo "$0: $R/perdition: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/perdition/src
P=$S/perdition
exec "$BIN" "$@" -j2 \
  $P/ssl.c $P/io.c $P/io_select.c $P/str.c $P/token.c $P/acap_token.c $P/queue_func.c \
  $P/perdition.c $P/greeting.c $P/quit.c $P/protocol.c $P/imap4.c $P/imap4s.c $P/imap4_in.c \
  $P/imap4_out.c $P/imap4_write.c $P/pop3.c $P/pop3s.c $P/pop3_in.c $P/pop3_out.c $P/pop3_write.c \
  $P/managesieve.c $P/managesieve_in.c $P/managesieve_out.c $P/managesieve_write.c \
  -- -DHAVE_CONFIG_H '-DPERDITION_LIBDIR="/usr/local/lib"' \
  '-DPERDITION_SYSCONFDIR="/usr/local/etc/perdition"' '-DPERDITION_LOCALSTATEDIR="/usr/local/var"' \
  -I$P -I$S
