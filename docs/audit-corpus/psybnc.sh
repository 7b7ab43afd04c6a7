#!/bin/sh
# ossl-lint audit of psybnc (github.com/psybnc/psybnc, branch master: psyBNC 2.3.2-7)
# 4457c587a2933518344e20e3fd3dd962ff5824fb (2017-12-12, "psyBNC-2.3.2-7")
# usage: psybnc.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/psybnc (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): git archive of the commit into
# $R/psybnc/src, then in src the two generating steps of the Makefile's `all` (nothing is built):
#   gcc -I. tools/autoconf.c -o tools/autoconf && tools/autoconf   (probes the system, writes
#     makefile.out: SSL-Support yes)
#   gcc -I. -o makesalt tools/makesalt.c && ./makesalt   (writes salt.h, which p_crypt.h includes)
# the flags are makefile.out's (CFLAGS -O, INCLUDE -I./src/ -I. -I/usr/local/ssl/include, DEFINE
# -DHAVE_CONFIG -DBIGENDIAN -DIPV6 -DNOSYSTIME -DHAVE_SSL; autoconf's byte-order probe says big
# endian on x86-64, kept as the build has it; the absent /usr/local/ssl left out), plus
# -Wno-error=return-type: psybnc.c's bncalarm() ends in `return;` in a function declared int,
# which libclang rejects in C99 mode and gcc only warns about
# Files: the whole OpenSSL layer src/p_socket.c (socket_accept: SSL_set_fd,
# SSL_set_accept_state, SSL_accept classified; socket_connect: SSL_set_fd, SSL_connect classified;
# receivesock: SSL_read, a want tested; writesock and writesock_STREAM: SSL_write classified, a want
# put back on the queue; killsocket: SSL_shutdown; checksockets: the select loop and SSL_new),
# src/psybnc.c (main, the bounce loop), and the modules that open and drive TLS sockets:
# src/p_server.c (server connections, S= prefix), src/p_client.c (clients on SSL listeners),
# src/p_peer.c, src/p_link.c (links), src/p_dcc.c and src/p_network.c
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/psybnc" ] || { echo "$0: $R/psybnc: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/psybnc/src
exec "$BIN" "$@" -j2 \
  $S/src/p_socket.c $S/src/psybnc.c $S/src/p_server.c $S/src/p_client.c $S/src/p_peer.c \
  $S/src/p_link.c $S/src/p_dcc.c $S/src/p_network.c \
  -- -O -DHAVE_CONFIG -DBIGENDIAN -DIPV6 -DNOSYSTIME -DHAVE_SSL -Wno-error=return-type -I$S/src -I$S
