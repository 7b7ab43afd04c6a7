#!/bin/sh
# ossl-lint audit of systemd-resolved (DNS-over-TLS with OpenSSL). The snapshot of
# github.com/systemd/systemd is over the fetch size limit (780 MB > 500 MiB), so the tree is
# github.com/systemd/systemd-stable, branch v255-stable (its HEAD, tag v255.13):
# 565916c245b53b49f5917f5326d21246f46ae3db (2024-10-09)
# usage: systemd-resolved.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/systemd-resolved (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev meson ninja-build gperf libmount-dev
# libcap-dev, and Python's jinja2 for meson): git archive of the commit into
# $R/systemd-resolved/src without hwdb.d/ma-large.txt (a file over the snapshot's 4 MiB limit,
# absent: `touch` an empty one so hwdb.d/meson.build is found), then in src:
#   meson setup ../build -Dauto_features=disabled -Ddns-over-tls=openssl -Dopenssl=enabled \
#     -Dcryptolib=openssl -Dresolve=true -Dtests=false
#   (only configures: writes build/config.h with ENABLE_DNS_OVER_TLS 1, DNS_OVER_TLS_USE_OPENSSL 1,
#   HAVE_OPENSSL 1; nothing is built, no generated header is needed by these files); the flags are
#   the systemd-resolved target's in build/compile_commands.json (-std=gnu11 -include config.h,
#   the -I of the build and source trees of src/basic, fundamental, systemd, libsystemd/sd-*,
#   shared and resolve), less the warning options
# Files: the OpenSSL layer (src/resolve/resolved-dnstls-openssl.c: SSL_do_handshake, SSL_read,
# SSL_write, SSL_shutdown over a socket read BIO and a memory write BIO, each after
# ERR_clear_error(); declared by resolved-dnstls.h), the stream code that calls it from its event
# handlers (resolved-dns-stream.c: dns_stream_writev/read, on_stream_io, dns_stream_complete),
# the transaction that opens the TLS stream (resolved-dns-transaction.c: dnstls_stream_connect_tls),
# the manager and server that create and free the context and sessions (resolved-manager.c:
# dnstls_manager_init, resolved-dns-server.c: dnstls_server_free), and the other users of
# DnsStream (resolved-dns-stub.c, resolved-dns-scope.c, resolved-llmnr.c, resolved-dns-query.c).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/systemd-resolved" ] || { echo "$0: $R/systemd-resolved: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/systemd-resolved/src
B=$R/systemd-resolved/build
exec "$BIN" "$@" -j2 \
  $S/src/resolve/resolved-dnstls-openssl.c $S/src/resolve/resolved-dns-stream.c \
  $S/src/resolve/resolved-dns-transaction.c $S/src/resolve/resolved-manager.c \
  $S/src/resolve/resolved-dns-server.c $S/src/resolve/resolved-dns-stub.c \
  $S/src/resolve/resolved-dns-scope.c $S/src/resolve/resolved-llmnr.c \
  $S/src/resolve/resolved-dns-query.c \
  -- -D_FILE_OFFSET_BITS=64 -std=gnu11 -include config.h -pthread -I$B -I$S -I$B/src/basic \
  -I$S/src/basic -I$B/src/fundamental -I$S/src/fundamental -I$B/src/systemd -I$S/src/systemd \
  -I$S/src/libsystemd/sd-bus -I$S/src/libsystemd/sd-device -I$S/src/libsystemd/sd-event \
  -I$S/src/libsystemd/sd-hwdb -I$S/src/libsystemd/sd-id128 -I$S/src/libsystemd/sd-journal \
  -I$S/src/libsystemd/sd-netlink -I$S/src/libsystemd/sd-network -I$S/src/libsystemd/sd-resolve \
  -I$B/src/shared -I$S/src/shared -I$B/src/resolve -I$S/src/resolve
