#!/bin/sh
# ossl-lint audit of openvswitch (openvswitch/ovs d6a632a9b16e5dca2e51eefded3a545e68ea6ba3, 2026-07-23): lib/stream-ssl.c
# (all TLS I/O: ssl_connect/ssl_recv/ssl_do_tx, pssl_accept, the stream_ssl_set_* setters) with dhparams.c, the stream layer
# that calls it through its class tables (stream.c, stream-fd/tcp/unix/replay.c, ovs-replay.c), its users jsonrpc.c,
# unixctl.c, vconn.c, vconn-stream.c, and the helpers vlog.c, util.c, socket-util.c, poll-loop.c (stream-nossl.c is the
# no-OpenSSL twin, left out); prepared with `./boot.sh && ./configure` (HAVE_OPENSSL 1) and
# `make include/odp-netlink.h include/odp-netlink-macros.h` (generated headers lib/packets.h needs)
# usage: openvswitch.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/openvswitch (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/openvswitch" ] || { echo "$0: $R/openvswitch: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/openvswitch/src
exec "$B" "$@" -j2 $S/lib/stream-ssl.c $S/lib/dhparams.c $S/lib/stream.c $S/lib/stream-fd.c $S/lib/stream-tcp.c $S/lib/stream-unix.c $S/lib/stream-replay.c $S/lib/ovs-replay.c $S/lib/jsonrpc.c $S/lib/unixctl.c $S/lib/vconn-stream.c $S/lib/vconn.c $S/lib/vlog.c $S/lib/util.c $S/lib/socket-util.c $S/lib/poll-loop.c -- -DHAVE_CONFIG_H -I$S -I$S/include -I$S/lib
