#!/bin/sh
# ossl-lint audit of conserver (github.com/bstansell/conserver, branch master)
# 290933b4a7964d56f74d2e3c61f7045c5e0d6bfe (2025-01-28, "Merge pull request #101 from
# abbra/increase-gss-buffers")
# usage: conserver.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/conserver (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev autoconf automake): git archive of the
# commit into $R/conserver/src, then in src: cp package/config.guess package/config.sub . &&
# LANG=C autoreconf && ./configure --with-openssl   (package/setup-configure without its curl of
# config.guess/sub; only configures: writes config.h with HAVE_OPENSSL, no UDS, GSS-API, PAM,
# libwrap, FreeIPMI or IPv6; nothing is built); the flags are conserver/Makefile's and
# console/Makefile's CPPFLAGS (-I.. -I$(top_srcdir) -I$(srcdir), console's also
# -I$(top_srcdir)/conserver) and DEFS (-DHAVE_CONFIG_H -DSYSCONFDIR with the default prefix
# /usr/local); CFLAGS is configure's -O only, no -std: gcc's default gnu17
# Files: the OpenSSL layer, conserver/cutil.c (FileRead/FileWrite: SSL_read/SSL_write on
# non-blocking sockets classified with SSL_get_error; FileSSLAccept: SSL_accept classified the
# same way; FileClose: SSL_shutdown), shared by both programs; the server's files that call it:
# group.c (AttemptSSL: SSL_new/SSL_set_accept_state/SSL_set_fd, the client read/write loop of
# Kiddie), client.c, consent.c, master.c, main.c (SetupSSL: the SSL_CTX) and readcfg.c; and the
# client, console/console.c (ReadyForSSL/AttemptSSL: a blocking SSL_connect, FileRead/FileWrite
# through cutil.c). Two programs in one run, sharing cutil.c as their link does (console's
# Makefile links ../conserver/cutil.o); access.c and fallback.c (no TLS, no File* calls) and
# console's getpassword.c/readconf.c (terminal and config parsing) are left out.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/conserver" ] || { echo "$0: $R/conserver: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/conserver/src
exec "$BIN" "$@" -j2 \
  $S/conserver/cutil.c $S/conserver/group.c $S/conserver/client.c $S/conserver/consent.c \
  $S/conserver/master.c $S/conserver/main.c $S/conserver/readcfg.c $S/console/console.c \
  -- -DHAVE_CONFIG_H -DSYSCONFDIR=\"/usr/local/etc\" -I$S -I$S/conserver -I$S/console
