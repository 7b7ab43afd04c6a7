#!/bin/sh
# ossl-lint audit of Cherokee (github.com/cherokee/webserver, branch master)
# ce1ca8acc707627a52943bf7ef40bfb964803718 (2023-01-11)
# usage: cherokee.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/cherokee (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; a Python 2 for configure, here pyenv's 2.7.18): git archive
# of the commit into $R/cherokee/src, then in src (autogen.sh stops without python2 on PATH, so its
# steps by hand):
#   libtoolize --force --copy && aclocal -I m4 && autoheader && automake -a --foreign && autoconf
#   ./configure --with-python=/root/.pyenv/versions/2.7.18/bin/python2   (OpenSSL support: yes,
#   the libssl cryptor as a plugin; writes config.h with HAVE_OPENSSL)
#   make constants.h && make -C cherokee errors_defs.h   (constants.h.pre through sed, and the
#   error table through cherokee/errors.py with that python2; nothing is compiled)
#   the flags are cherokee/Makefile's DEFS, DEFAULT_INCLUDES (-I. -I$(top_builddir)), AM_CPPFLAGS
#   (-I$(top_srcdir) $(PTHREAD_CFLAGS) = -D_REENTRANT); LIBSSL_CFLAGS is empty
# Files: the OpenSSL cryptor (cherokee/cryptor_libssl.c: SSL_do_handshake, SSL_read, SSL_write,
# SSL_shutdown, SSL_get_error, and the client's SSL_connect), the cryptor front that dispatches to
# it through function pointers (cherokee/cryptor.c), the socket layer that calls the front
# (cherokee/socket.c: cherokee_socket_init_tls/read/write/init_client_tls), the connection code
# that reads and writes through the socket (cherokee/connection.c), the thread loop that drives the
# handshake and calls the cryptor's shutdown (cherokee/thread.c), the client that starts TLS
# (cherokee/downloader.c) and the server that loads the cryptor (cherokee/server.c).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/cherokee" ] || { echo "$0: $R/cherokee: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/cherokee/src
exec "$BIN" "$@" -j2 \
  $S/cherokee/cryptor_libssl.c $S/cherokee/cryptor.c $S/cherokee/socket.c $S/cherokee/connection.c \
  $S/cherokee/thread.c $S/cherokee/downloader.c $S/cherokee/server.c \
  -- -DHAVE_CONFIG_H -D_REENTRANT -I$S/cherokee -I$S
