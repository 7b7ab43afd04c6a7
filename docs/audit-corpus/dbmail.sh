#!/bin/sh
# ossl-lint audit of dbmail (github.com/dbmail/dbmail, branch main) 0e0db0dfb313226528e3a744e5427529dca46141 (2026-08-19, "Merge pull request #557 from mviazovskyi/fd-count-assert-portable")
# usage: dbmail.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/dbmail (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libzdb-dev libmhash-dev libevent-dev
# libgmime-3.0-dev libglib2.0-dev libsystemd-dev libcurl4-openssl-dev libjemalloc-dev):
# git archive --prefix=src/ of the commit into $R/dbmail (the tree is $R/dbmail/src), then in src:
#   ./configure (defaults: no libsieve, no LDAP; it writes config.h; nothing is built); the flags
#   are src/Makefile's DEFS, AM_CPPFLAGS (sysconfdir, libdir, localstatedir of the default prefix
#   /usr/local) and CFLAGS (glib, gmime, zdb, jemalloc), with -I src for the headers
# Files: the server layer of libdbmail: src/clientbase.c (ci_starttls's SSL_accept, ci_write's
# SSL_write, ci_read_cb's SSL_read, each handed to client_error_cb, the client's cb_error, which
# classifies with SSL_get_error; ci_close's SSL_shutdown), src/dm_tls.c (the server TLS context,
# tls_load_certs, tls_setup's SSL_new/SSL_set_fd), src/server.c (the libevent loop, the listeners,
# implicit-TLS accepts), src/clientsession.c, dm_request.c, dm_cidr.c; the IMAP server
# (imap4.c, imapcommands.c with STARTTLS, dm_imapsession.c, dm_quota.c, imapd.c), the POP3
# server (pop3.c with STLS, pop3d.c) and the LMTP server (lmtp.c, lmtpd.c)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/dbmail" ] || { echo "$0: $R/dbmail: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/dbmail/src
exec "$BIN" "$@" -j2 \
  $S/src/clientbase.c $S/src/dm_tls.c $S/src/server.c $S/src/clientsession.c \
  $S/src/dm_request.c $S/src/dm_cidr.c $S/src/imap4.c $S/src/imapcommands.c \
  $S/src/dm_imapsession.c $S/src/dm_quota.c $S/src/imapd.c $S/src/pop3.c $S/src/pop3d.c \
  $S/src/lmtp.c $S/src/lmtpd.c \
  -- -DHAVE_CONFIG_H -I$S -I$S/src '-DSYSCONFDIR="/usr/local/etc"' '-DLIBDIR="/usr/local/lib"' \
  '-DLOCALSTATEDIR="/usr/local/var"' -g -O2 -I/usr/include/glib-2.0 \
  -I/usr/lib/x86_64-linux-gnu/glib-2.0/include -pthread -I/usr/include/gmime-3.0 \
  -D_LARGEFILE64_SOURCE -I/usr/include/libmount -I/usr/include/blkid -I/usr/include/zdb \
  -I/usr/include/jemalloc
