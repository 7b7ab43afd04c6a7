#!/bin/sh
# ossl-lint audit of librelp (github.com/rsyslog/librelp, branch master) 6be42f4e049343811ca1269f6209476d647dcd44 (2026-08-20, "Merge pull request #310 from rsyslog/codex/fix-openssl-trust-issue-for-certificates")
# usage: librelp.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/librelp (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libgnutls28-dev autoconf automake libtool
#   pkg-config): git archive of the commit into $R/librelp/src, then in src:
#   autoreconf -fi && ./configure   (only configures, with the defaults: GnuTLS and OpenSSL both
#   enabled, as the library is shipped; writes config.h with ENABLE_TLS, ENABLE_TLS_OPENSSL,
#   WITH_TLS; nothing is built); the flags are src/Makefile's (DEFS -DHAVE_CONFIG_H,
#   DEFAULT_INCLUDES -I. -I.., GNUTLS_CFLAGS -I/usr/include/p11-kit-1, AM_CFLAGS
#   -fvisibility=hidden); no -std
# Files: the whole library (librelp_la_SOURCES but compat/strndup.c): tcp.c, the transport, with
# the OpenSSL engine (relpTcpTLSSetPrio/InitTLS, relpTcpAcceptConnReq's SSL_accept,
# relpTcpConnect's SSL_do_handshake, relpTcpRtryHandshake, relpTcpRcv_ossl's SSL_read,
# relpTcpSend_ossl's SSL_write, relpTcpDestruct's SSL_shutdown, relpTcpLastSSLErrorMsg's
# ERR_get_error drain) next to the GnuTLS one, on non-blocking sockets; and its callers:
# relp.c (the engine's epoll/select loop, relpEngineRun), relpsess.c (the session: receive,
# send, the handshake retries), relpclt.c and relpsrv.c (client and listener), sendbuf.c and
# sendq.c (the send queue), relpframe.c, offers.c and the command handlers scsyslog.c, scrsp.c,
# copen.c, cclose.c, cserverclose.c.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/librelp" ] || { echo "$0: $R/librelp: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/librelp/src
exec "$BIN" "$@" -j2 \
  $S/src/tcp.c $S/src/relp.c $S/src/relpsess.c $S/src/relpclt.c $S/src/relpsrv.c \
  $S/src/sendbuf.c $S/src/sendq.c $S/src/relpframe.c $S/src/offers.c $S/src/scsyslog.c \
  $S/src/scrsp.c $S/src/copen.c $S/src/cclose.c $S/src/cserverclose.c \
  -- -DHAVE_CONFIG_H -I$S/src -I$S -I/usr/include/p11-kit-1 -fvisibility=hidden
