#!/bin/sh
# ossl-lint audit of haproxy 50872daa6a857e82afc40b1c5161924aef4172d7 (2026-08-21, v3.5-dev5-2)
# usage: haproxy.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/haproxy (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/haproxy" ] || { echo "$0: $R/haproxy: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/haproxy/src
exec "$BIN" "$@" -j2 $S/src/ssl_sock.c $S/src/quic_ssl.c $S/src/quic_conn.c $S/src/quic_openssl_compat.c $S/src/quic_tls.c \
  -- -I$S/include -fwrapv -DUSE_EPOLL -DUSE_NETFILTER -DUSE_POLL -DUSE_THREAD -DUSE_BACKTRACE \
  -DUSE_TPROXY -DUSE_LINUX_TPROXY -DUSE_LINUX_CAP -DUSE_LINUX_SPLICE -DUSE_LIBCRYPT -DUSE_CRYPT_H \
  -DUSE_GETADDRINFO -DUSE_OPENSSL -DUSE_TRACE -DUSE_FCGI -DUSE_H2 -DUSE_SPOE -DUSE_SSL -DUSE_ACCEPT4 \
  -DUSE_SLZ -DUSE_CPU_AFFINITY -DUSE_TFO -DUSE_NS -DUSE_DL -DUSE_RT -DUSE_PRCTL -DUSE_THREAD_DUMP \
  -DUSE_QUIC -DUSE_SHM_OPEN -DUSE_QUIC_OPENSSL_COMPAT -DUSE_KTLS \
  '-DCONFIG_HAPROXY_VERSION="3.5-dev5-50872daa6"' '-DCONFIG_HAPROXY_DATE="2026/08/21"'
