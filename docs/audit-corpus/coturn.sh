#!/bin/sh
# ossl-lint audit of coturn 4.17.1 (coturn/coturn 8024aa634eb52ecff80d7fd88ebc444ca1dc9381, 2026-08-07)
# No config header: the flags are those of the cmake compilation database (see README.md), the relay's
# (turnserver) for every file: the uclient's differ only by the -DTURN_NO_* and include dirs, and give
# the same findings with -p.
# Files: the sources that call SSL_read/SSL_write/SSL_get_error (relay: dtls_listener.c, ns_ioalib_engine_impl.c;
# test client turnutils_uclient: uclient.c, startuclient.c) and their helpers (relay engine and listeners,
# apputils.c, ns_turn_msg.c, ns_turn_server.c, mainuclient.c). Two programs in one run: no function of one
# calls the other's. The relay's TLS over TCP is libevent's bufferevent_openssl, outside the project.
# usage: coturn.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/coturn (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/coturn" ] || { echo "$0: $R/coturn: No such file or directory (not prepared)" >&2; exit 127; }
C=$R/coturn/src/src
exec "$B" "$@" -j2 $C/apps/relay/dtls_listener.c $C/apps/relay/ns_ioalib_engine_impl.c $C/apps/relay/netengine.c \
  $C/apps/relay/mainrelay.c $C/apps/relay/tls_listener.c $C/apps/common/apputils.c $C/client/ns_turn_msg.c \
  $C/server/ns_turn_server.c $C/apps/uclient/uclient.c $C/apps/uclient/startuclient.c $C/apps/uclient/mainuclient.c \
  -- -DTURN_NO_HIREDIS -DTURN_NO_MONGO -DTURN_NO_MYSQL -DTURN_NO_SCTP -DTURN_NO_SYSTEMD -D_GNU_SOURCE \
  -I$C/apps/relay -I$C/prometheus -I$C/server -I$C/apps/common -I$C -I$C/client -I$C/apps/uclient \
  -isystem /usr/include/postgresql -std=gnu11
