#!/bin/sh
# ossl-lint audit of guacamole-server (github.com/apache/guacamole-server, branch main)
# 6719b20d09b767d30915c5e1c626a7a72fc75a59 (2026-07-13, "Merge patch branch changes to main.")
# usage: guacamole-server.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/guacamole-server (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libcairo2-dev libjpeg62-turbo-dev
# libpng-dev uuid-dev libtool autoconf automake): git archive of the commit into
# $R/guacamole-server/src, then in src: autoreconf -fi && ./configure --disable-guacenc
# --disable-guaclog (only configures: writes config.h with ENABLE_SSL, as libssl is found;
# nothing is built); the flags are src/libguac/Makefile's and src/guacd/Makefile's DEFS,
# AM_CPPFLAGS and includes (-DHAVE_CONFIG_H -include config.h: no source includes config.h
# itself, so ENABLE_SSL, HAVE_POLL and VERSION come only from it; -I. -I$(top_builddir),
# guacd's @COMMON_INCLUDE@ @LIBGUAC_INCLUDE@) and their -Wall -pedantic without -Werror; no
# -std: gcc's default gnu17. The two directories' headers do not share a name, so one include
# path serves both
# Files: the OpenSSL layer, src/libguac/socket-ssl.c (guac_socket_open_secure: SSL_new,
# SSL_set_fd, SSL_accept; the guac_socket read/write handlers over SSL_read/SSL_write, which
# set guac_error and hand the count back unclassified; SSL_shutdown in the free handler);
# the guac_socket core that calls the handlers through the socket's pointers,
# src/libguac/socket.c (guac_socket_read, guac_socket_write's retry loop, flush/free), and
# src/libguac/socket-fd.c (guac_socket_open, the plain handlers stored in the same fields);
# their callers src/libguac/parser.c (guac_parser_read/expect: 0 is "End of stream"),
# src/libguac/protocol.c (guac_protocol_send_error on the SSL socket) and src/libguac/wait-fd.c
# (the SSL select handler's helper); guacd's src/guacd/connection.c (guacd_route_connection
# opens the secure socket, the conn-read/conn-write threads pump it) and src/guacd/daemon.c
# (main: SSL_CTX_new, key and certificate, the accept loop). No SSL_get_error() anywhere in
# the tree; the SSH code (src/common-ssh) uses libssh2, only key.c describes a queue code.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/guacamole-server" ] || { echo "$0: $R/guacamole-server: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/guacamole-server/src
exec "$BIN" "$@" -j2 \
  $S/src/libguac/socket-ssl.c $S/src/libguac/socket.c $S/src/libguac/socket-fd.c \
  $S/src/libguac/parser.c $S/src/libguac/protocol.c $S/src/libguac/wait-fd.c \
  $S/src/guacd/connection.c $S/src/guacd/daemon.c \
  -- -Wall -pedantic -DHAVE_CONFIG_H -include $S/config.h -I$S -I$S/src/libguac -I$S/src/guacd -I$S/src/common
