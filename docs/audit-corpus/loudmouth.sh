#!/bin/sh
# ossl-lint audit of loudmouth (github.com/mcabber/loudmouth, branch master)
# da4b1b88c315dca8347705ab588dbf87e1791092 (2021-07-10, "Merge pull request #43 from
# ryandesign/patch-1")
# usage: loudmouth.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/loudmouth (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libglib2.0-dev libidn11-dev autoconf
# automake libtool pkg-config): git archive of the commit into $R/loudmouth/src, then in src:
#   ./autogen.sh -n && ./configure --with-ssl=openssl   (-n: no gtk-doc; only configures: writes
#   config.h with HAVE_OPENSSL, HAVE_SSL, HAVE_IDN, no HAVE_ASYNCNS; nothing is built, so the
#   generated lm-marshal.h is absent: none of the files below includes it); the flags are
#   loudmouth/Makefile's DEFS, DEFAULT_INCLUDES, AM_CPPFLAGS (-DLM_COMPILATION -DRUNTIME_ENDIAN)
#   and LOUDMOUTH_CFLAGS (glib's pkg-config -I); no -std: gcc's default gnu17
# Files: the OpenSSL layer, loudmouth/lm-ssl-openssl.c (SSL_connect loop in _lm_ssl_begin,
# _lm_ssl_read/_lm_ssl_send classifying SSL_read/SSL_write through ssl_io_status_from_return,
# ssl_print_state draining the queue, SSL_shutdown in _lm_ssl_close), its TLS-neutral halves
# loudmouth/lm-ssl-generic.c (the public lm_ssl_* API) and loudmouth/lm-ssl-base.c; its callers:
# loudmouth/lm-old-socket.c (old_socket_do_write/old_socket_read_incoming, _lm_old_socket_
# succeeded -> _lm_ssl_begin, lm_old_socket_starttls, socket close), loudmouth/lm-connection.c
# (lm_connection_send -> lm_old_socket_write, STARTTLS, the public API) and loudmouth/lm-proxy.c
# (the HTTP CONNECT proxy's callbacks into _lm_old_socket_succeeded).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/loudmouth" ] || { echo "$0: $R/loudmouth: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/loudmouth/src
exec "$BIN" "$@" -j2 \
  $S/loudmouth/lm-ssl-openssl.c $S/loudmouth/lm-ssl-generic.c $S/loudmouth/lm-ssl-base.c \
  $S/loudmouth/lm-old-socket.c $S/loudmouth/lm-connection.c $S/loudmouth/lm-proxy.c \
  -- -DHAVE_CONFIG_H -DLM_COMPILATION -DRUNTIME_ENDIAN -I$S/loudmouth -I$S \
  -I/usr/include/glib-2.0 -I/usr/lib/x86_64-linux-gnu/glib-2.0/include
