#!/bin/sh
# ossl-lint audit of dnsperf (github.com/DNS-OARC/dnsperf, branch develop)
# d4c3ab0741b3cec5756131a783ed88d44b384be5 (2024-01-18, "Merge pull request #260 from jelu/release/2.14.0")
# usage: dnsperf.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/dnsperf (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libldns-dev libck-dev libnghttp2-dev
# autoconf automake libtool pkg-config): git archive of the commit into $R/dnsperf/src, then in src:
#   autoreconf -fi && ./configure    (only configures: writes src/config.h; nothing is built);
#   the flags are src/Makefile's (DEFS -DHAVE_CONFIG_H, DEFAULT_INCLUDES -I., AM_CFLAGS -I$(srcdir)
#   -I$(top_srcdir) -pthread and the empty pkg-config cflags of libssl, libcrypto and libldns,
#   CFLAGS -g -O2 -D__x86_64__ with libck's cflags appended by configure); no -std
# Files: the DNS-over-TLS transport src/net_dot.c (perf_net_dot_opensocket: the shared SSL_CTX;
# perf__dot_connect: SSL_new, SNI, SSL_set_fd;
# perf__dot_sockready: the non-blocking SSL_connect and the resumed SSL_write; perf__dot_recv:
# SSL_read and the length framing; perf__dot_sendto: SSL_write), the DNS-over-HTTPS transport
# src/net_doh.c (the same over nghttp2: perf__doh_recv's SSL_read, _http2_send_cb's SSL_write,
# perf__doh_sockready's SSL_connect), the transport switch src/net.c (perf_net_opensocket; perf_net_recv
# and perf_net_sendto go through the socket's function pointers, net.h) with the plain transports
# src/net_tcp.c and src/net_udp.c, and the two programs that drive them, src/dnsperf.c (a sender
# and a receiver thread per thread group) and src/resperf.c.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/dnsperf" ] || { echo "$0: $R/dnsperf: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/dnsperf/src
exec "$BIN" "$@" -j2 \
  $S/src/net_dot.c $S/src/net_doh.c $S/src/net.c $S/src/net_tcp.c $S/src/net_udp.c \
  $S/src/dnsperf.c $S/src/resperf.c \
  -- -DHAVE_CONFIG_H -I$S/src -I$S -pthread -g -O2 -D__x86_64__
