#!/bin/sh
# ossl-lint audit of sylpheed (github.com/sylpheed-mail/sylpheed, branch main)
# c47d366a3c2340464b1851f99d6a04ce3a6c17fd (2022-09-13, "updated po files.")
# usage: sylpheed.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/sylpheed (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libglib2.0-dev libgtk2.0-dev
# libgpgme-dev autoconf automake libtool gettext autopoint pkg-config): git archive of the
# commit into $R/sylpheed/src, then in src, autogen.sh's steps with the installed automake
# (its hard-coded aclocal-1.15/automake-1.15 are not in Debian 12):
#   aclocal -I ac && libtoolize --force --copy && autoheader && automake --add-missing \
#   --foreign --copy && autoconf && ./configure   (only configures: writes config.h, with
#   USE_SSL, INET6, USE_THREADS; nothing is built); the flags are libsylph/Makefile's
#   DEFS, DEFAULT_INCLUDES, INCLUDES, AM_CPPFLAGS and CFLAGS (GLIB_CFLAGS, -pthread); no -std:
#   gcc's default gnu17
# Files: the OpenSSL layer of libsylph: libsylph/ssl.c (SSL_CTX setup, ssl_init_socket_with_
# method: SSL_connect loop classified with SSL_get_error, certificate checks, ssl_done_socket)
# and its helper libsylph/ssl_hostname_validation.c (X509 name checks in the handshake path);
# libsylph/socket.c (ssl_read/ssl_write/ssl_peek classifying SSL_read/SSL_write/SSL_peek with
# SSL_get_error, ssl_write_all/ssl_gets/ssl_getline over them, sock_read/sock_write/
# sock_gets/... dispatching to them when sock->ssl is set, sock_check's SSL_pending/
# SSL_want_*); their callers: libsylph/session.c (the async Session: ssl_init_socket for
# SSL tunnels, session_start_tls, sock_read/sock_write from its GIO watch callbacks),
# libsylph/imap.c (blocking IMAP: ssl_init_socket*, sock_gets/sock_getline/sock_write_all),
# libsylph/nntp.c and libsylph/news.c (NNTP: ssl_init_socket, sock_gets/sock_write_all),
# libsylph/recv.c (sock_read/sock_gets for message bodies), libsylph/socks.c (SOCKS
# handshake over sock_read/sock_write_all) and libsylph/pop.c and libsylph/smtp.c (Session
# users calling session_start_tls and session_send_msg).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/sylpheed" ] || { echo "$0: $R/sylpheed: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/sylpheed/src
exec "$BIN" "$@" -j2 \
  $S/libsylph/ssl.c $S/libsylph/ssl_hostname_validation.c $S/libsylph/socket.c \
  $S/libsylph/session.c $S/libsylph/imap.c $S/libsylph/nntp.c $S/libsylph/news.c \
  $S/libsylph/recv.c $S/libsylph/socks.c $S/libsylph/pop.c $S/libsylph/smtp.c \
  -- -DHAVE_CONFIG_H -DG_LOG_DOMAIN=\"LibSylph\" -DSYSCONFDIR=\"/usr/local/etc\" \
  -DLOCALEDIR=\"/usr/local/share/locale\" -pthread -I$S/libsylph -I$S \
  -I/usr/include/glib-2.0 -I/usr/lib/x86_64-linux-gnu/glib-2.0/include
