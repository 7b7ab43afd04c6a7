#!/bin/sh
# ossl-lint audit of nefarious2 (github.com/evilnet/nefarious2, branch master) 1dcaa767f56d57d2a41cea667bfb2e26bf0fd24b (2026-04-25, "Merge pull request #90 from progval/patch-1")
# usage: nefarious2.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/nefarious2 (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): git archive of the commit into $R/nefarious2/src (without
# tools/iauthd-ts/node_modules, whose esbuild binary is absent from the snapshot); in src: ./configure --disable-geoip
# --disable-mmdb (writes config.h with USE_SSL; nothing built).
# Files: ircd/ssl.c is the OpenSSL layer (contexts, ssl_accept() for SSL_accept on new and STARTTLS clients, ssl_recv()
# for SSL_read and ssl_sendv() for SSL_write on non-blocking sockets, ssl_connect() for outgoing server links,
# ssl_murder() for a last SSL_write before close, ssl_smart_shutdown()); ircd/s_bsd.c its callers (deliver_it() and
# os-level recv/send dispatch, add_connection() which runs the first SSL_accept, client_sock_callback() which retries
# the handshake, connect_server/completed_connection for ssl_connect); ircd/listener.c accepts sockets and hands SSL
# listeners to ssl_add_connection(); ircd/m_starttls.c runs STARTTLS; ircd/send.c (send_queued() -> deliver_it())
# and ircd/s_auth.c (ssl_send() of auth notices) write through it; ircd/ircd.c calls ssl_init() and runs the event loop.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/nefarious2" ] || { echo "$0: $R/nefarious2: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/nefarious2/src
exec "$BIN" "$@" -j2 \
  $S/ircd/ssl.c $S/ircd/s_bsd.c $S/ircd/listener.c $S/ircd/m_starttls.c $S/ircd/send.c $S/ircd/s_auth.c $S/ircd/ircd.c \
  -- -DHAVE_CONFIG_H -I$S -I$S/include -I$S/ircd
