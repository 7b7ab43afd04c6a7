#!/bin/sh
# ossl-lint audit of thrift-c_glib (github.com/apache/thrift, branch master) c8f876181c4fa132b5a6b42fdbfe04db06b4eee9 (2026-08-22, "Bump shell-quote from 1.7.3 to 1.10.0 in /lib/ts")
# usage: thrift-c_glib.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/thrift-c_glib (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libglib2.0-dev): git archive --prefix=src/ of the commit into
#   $R/thrift-c_glib/src (the whole repository; only lib/c_glib is used); nothing to configure: no HAVE_CONFIG_H
#   (as lib/c_glib/CMakeLists.txt builds it), and -DHAVE_GETHOSTBYNAME_R, which configure.ac's
#   AC_CHECK_FUNCS([gethostbyname_r]) or ConfigureChecks.cmake finds in glibc; flags as lib/c_glib/Makefile.am's
#   AM_CPPFLAGS (-Isrc -Isrc/thrift/c_glib) and GLIB_CFLAGS/GOBJECT_CFLAGS (pkg-config glib-2.0 gobject-2.0)
# Files: lib/c_glib/src/thrift/c_glib/transport/thrift_ssl_socket.c is the GObject ThriftSSLSocket, a subclass of
#   ThriftSocket: SSL_CTX creation (thrift_ssl_socket_context_initialize()), open (thrift_ssl_socket_open() ->
#   thrift_ssl_socket_handle_handshake(): SSL_new, SSL_set_fd, SSL_connect or SSL_accept, certificate checks),
#   peek (SSL_peek of one byte), read (SSL_read, with SSL_get_error() for an EINTR retry), write (SSL_write),
#   flush, close (SSL_shutdown) and thrift_ssl_socket_get_ssl_error()'s classification and queue drain over a
#   blocking socket; thrift_socket.c is the plain ThriftSocket it extends (connect via getaddrinfo/gethostbyname_r,
#   the fd the SSL is given).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/thrift-c_glib" ] || { echo "$0: $R/thrift-c_glib: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/thrift-c_glib/src
G=$S/lib/c_glib/src
exec "$BIN" "$@" -j2 \
  $G/thrift/c_glib/transport/thrift_ssl_socket.c $G/thrift/c_glib/transport/thrift_socket.c \
  -- -DHAVE_GETHOSTBYNAME_R -I$G -I$G/thrift/c_glib -I/usr/include/glib-2.0 -I/usr/lib/x86_64-linux-gnu/glib-2.0/include
