#!/bin/sh
# ossl-lint audit of sslsplit (github.com/droe/sslsplit, branch develop, the default)
# b2128fc9a7cbd715cbf15595ebd564a74100b602 (2023-06-29)
# usage: sslsplit.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/sslsplit (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libevent-dev libnet1-dev libpcap-dev):
# git archive of the commit into $R/sslsplit/src; no configure step (a plain GNUmakefile, no
# config header): the flags are those `make -n` prints for pxyconn.o on Linux (CPPDEFS
# -D_GNU_SOURCE -DPKGLABEL="SSLsplit", FEATURES -DHAVE_NETFILTER autodetected from
# linux/netfilter.h, -std=c99; the pkg-config -isystem dirs are all /usr/include or dbus ones
# not needed); nothing is built
# Files: the proxy connection code (pxyconn.c: the only SSL I/O call of the tree, SSL_shutdown()
# in bufferevent_free_and_close_fd(), unchecked; the reads, writes and handshakes run inside
# libevent's bufferevent_openssl, outside the tree, and pxy_bev_eventcb() drains the queue with
# bufferevent_get_openssl_error()), the OpenSSL helpers it calls (ssl.c) and its caller, the
# listener that hands accepted sockets to pxy_conn_setup() (proxy.c).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/sslsplit" ] || { echo "$0: $R/sslsplit: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/sslsplit/src
exec "$BIN" "$@" -j2 \
  $S/pxyconn.c $S/ssl.c $S/proxy.c \
  -- -D_GNU_SOURCE '-DPKGLABEL="SSLsplit"' -DHAVE_NETFILTER -std=c99 -I$S
