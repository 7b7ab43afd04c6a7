#!/bin/sh
# ossl-lint audit of bahamut (github.com/DALnet/bahamut, branch master)
# 59fe3ae05c42c02c7ef70eb6576e1f9484acbeaa (2026-06-02, "Preserve allow block order on rehash (#256)")
# usage: bahamut.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/bahamut (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev zlib1g-dev autoconf): git archive of the
# commit into $R/bahamut/src, then in src: autoreconf -fi && ./configure   (only configures:
# writes include/setup.h, HAVE_ENCRYPTION_ON, and src/Makefile with the epoll socket engine;
# include/config.h defines USE_SSL itself; nothing is built); the flags are src/Makefile's
# (CFLAGS -g -O2 -Wall -fno-strict-aliasing -std=c11, CPPFLAGS -I../include), -Wall left out
# Files: the OpenSSL layer src/ssl.c (ssl_init/ssl_rehash: SSL_CTX setup; safe_ssl_connect,
# safe_ssl_read, safe_ssl_write, safe_ssl_accept: SSL_connect/SSL_read/SSL_write/SSL_accept on
# non-blocking sockets classified with SSL_get_error, fatal_ssl_error; ssl_smart_shutdown) and
# its callers: src/s_bsd.c (add_connection: SSL_new, SSL_set_fd, the first SSL_accept;
# connect_server: the first SSL_connect; readwrite_client: the handshake continued and
# read_packet's safe_ssl_read; close_connection: ssl_smart_shutdown), src/bsd.c (deliver_it:
# safe_ssl_write), src/send.c (send_queued, deliver_it's caller), src/socketengine_epoll.c (the
# engine configure picks: engine_read_message calls accept_connection and readwrite_client) and
# src/ircd.c (main: ssl_init, the io loop)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/bahamut" ] || { echo "$0: $R/bahamut: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/bahamut/src
exec "$BIN" "$@" -j2 \
  $S/src/ssl.c $S/src/s_bsd.c $S/src/bsd.c $S/src/send.c $S/src/socketengine_epoll.c $S/src/ircd.c \
  -- -g -O2 -fno-strict-aliasing -std=c11 -I$S/include
