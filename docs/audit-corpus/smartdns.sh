#!/bin/sh
# ossl-lint audit of smartdns (github.com/pymumu/smartdns, branch master) b59606ea34ee0fe35aced6f6d241919af717980e (2026-08-12, "fix: defer socket close during HTTP2/QUIC poll loop to avoid UAF")
# usage: smartdns.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/smartdns (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev zlib1g-dev): git archive --prefix=src/ of the commit into
# $R/smartdns (the tree is $R/smartdns/src); nothing to configure (a plain Makefile, no config header);
# the flags are src/Makefile's CFLAGS as it sets them on Debian 12: -O2, -DHAVE_UNWIND_BACKTRACE (unwind.h
# found), -DWITH_ZLIB (zlib found), -Iinclude (relative to src/src, where make runs), and a
# -DBASE_FILE_NAME (the Makefile gives each file its own name; one name here, it only goes into log lines)
# Files: smartdns is a DNS forwarder with DNS-over-TLS/HTTPS upstreams and DoT/DoH listeners. Upstream
# (dns_client/, its own thread with an epoll loop): client_tls.c (the SSL on a non-blocking socket,
# _ssl_read_ext/_ssl_write_ext2/_ssl_do_handshake/_ssl_shutdown/_ssl_get_error_ext under the server's
# mutex, _dns_client_socket_ssl_send_ext/_recv_ext classify and drain one queue code, the handshake and
# certificate/SPKI checks in _dns_client_process_tls), client_socket.c, dns_client.c (the loop, the send
# path from query threads), client_tcp.c, client_https.c, client_http2.c, client_quic.c (QUIC needs
# OpenSSL 3.2: compiled out here but for the shared helpers), conn_stream.c; the HTTP/2 framing
# http_parse/http2.c calls back into both sides' read/write functions. Listeners (dns_server/, the server
# thread's epoll loop): server_tls.c (SSL_accept/SSL_read/SSL_write wrappers under the connection's mutex,
# _dns_server_socket_ssl_send/_recv, _dns_server_process_tls, the SSL_CTX and certificates),
# server_tcp.c, server_https.c, server_http2.c, server_socket.c, connection.c, dns_server.c; utils/ssl.c
# (certificate and key loading or generation for the listeners)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/smartdns" ] || { echo "$0: $R/smartdns: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/smartdns/src/src
C=$S/dns_client
D=$S/dns_server
exec "$BIN" "$@" -j2 \
  $C/client_tls.c $C/client_socket.c $C/dns_client.c $C/client_tcp.c $C/client_https.c \
  $C/client_http2.c $C/client_quic.c $C/conn_stream.c $S/http_parse/http2.c \
  $D/server_tls.c $D/server_tcp.c $D/server_https.c $D/server_http2.c $D/server_socket.c \
  $D/connection.c $D/dns_server.c $S/utils/ssl.c \
  -- -I$S/include -O2 -DHAVE_UNWIND_BACKTRACE -DWITH_ZLIB "-DBASE_FILE_NAME=\"smartdns\""
