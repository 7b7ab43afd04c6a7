#!/bin/sh
# ossl-lint audit of oftc-hybrid (github.com/oftc/oftc-hybrid, branch develop) 36f043168b9b7c38478b536c1e863c05422574dd (2023-09-08, "Apply K-Line exemption to X-Lines too")
# usage: oftc-hybrid.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/oftc-hybrid (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev autoconf automake libtool flex bison): git archive
# --prefix=src/ of the commit into $R/oftc-hybrid (the tree is $R/oftc-hybrid/src); in src: sh autogen.sh
# (libtoolize, aclocal, autoheader, automake, autoconf, and it runs ./configure), then ./configure (finds
# OpenSSL: include/setup.h gets HAVE_LIBCRYPTO, USE_IOPOLL_MECHANISM 2, epoll; nothing is built); the
# flags are src/Makefile's and modules/Makefile's DEFS, DEFAULT_INCLUDES and AM_CPPFLAGS (-DHAVE_CONFIG_H
# -I. -Iinclude -Ilib/pcre).
# Files: OFTC's ircd-hybrid 7.2 fork (the IRC server of irc.oftc.net). The TLS I/O is in the core:
# src/s_bsd.c (add_connection() makes the SSL of a client on an SSL listener, ssl_handshake() runs the
# non-blocking SSL_accept() and reschedules itself on a want; close_connection() sends close_notify with
# SSL_shutdown()), src/packet.c (read_packet(): SSL_read() in the read handler), src/send.c
# (send_queued_write(): SSL_write() of the sendq), src/s_serv.c (SSL server links: ssllink_init() and
# ssl_server_handshake()'s non-blocking SSL_connect()); src/s_bsd_epoll.c is the event loop that calls those
# handlers, src/fdlist.c frees the SSL, src/client.c is exit_client() and the dead-link handling,
# src/listener.c accepts, src/s_conf.c and src/ircd.c make the SSL_CTX and read keys, src/rsa.c and
# src/s_misc.c are the RSA helpers (report_crypto_errors(), the challenge, the link certificate) and
# ssl_get_cipher(), src/s_user.c shows the cipher to the user; modules/m_challenge.c (the RSA oper
# CHALLENGE) and modules/m_cryptlink.c (the cryptlink handshake) are the other OpenSSL users of the
# same single-threaded loop.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/oftc-hybrid" ] || { echo "$0: $R/oftc-hybrid: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/oftc-hybrid/src
exec "$BIN" "$@" -j2 \
  $S/src/s_bsd.c $S/src/packet.c $S/src/send.c $S/src/s_serv.c $S/src/s_bsd_epoll.c $S/src/fdlist.c \
  $S/src/client.c $S/src/listener.c $S/src/s_conf.c $S/src/ircd.c $S/src/rsa.c $S/src/s_misc.c \
  $S/src/s_user.c $S/modules/m_challenge.c $S/modules/m_cryptlink.c \
  -- -DHAVE_CONFIG_H -I$S/src -I$S/include -I$S/lib/pcre
