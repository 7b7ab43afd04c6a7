#!/bin/sh
# ossl-lint audit of yadifa (github.com/yadifa/yadifa, branch master) 2630b2d2b01367849aa17e04efd2da8801592cca (2026-03-24, "Release 3.0.9")
# usage: yadifa.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/yadifa (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev cmake): git archive --prefix=src/ of the commit into
# $R/yadifa (the tree is $R/yadifa/src); then in $R/yadifa/build: cmake ../src
# -DCMAKE_EXPORT_COMPILE_COMMANDS=ON (default options: the generated dnscore_config.h,
# dnscore_config_features.h and sbin/yadifad/server_config.h, this one with HAS_DNS_OVER_TLS_SUPPORT 1;
# cmake's own feature probes compile and run a few test programs, nothing of YADIFA is built); the flags
# are build/compile_commands.json's (-p: the dnscore library's units with -DDNSCORE_BUILD, yadifad's with
# its own include dirs; -DNDEBUG=1 -std=gnu11 ...).
# Files: the TLS of YADIFA (EURid's authoritative DNS server) and its library dnscore: DNS over TLS in
# yadifad (sbin/yadifad/server_dns_tls.c: per-socket accept threads call
# tcp_manager_channel_ssl_handshake(), a blocking SSL_accept(), then hand the channel to a thread pool;
# lib/dnscore/src/tcp_manager_channel_ssl_context.c: the SSL_CTX, the SSL over a socket BIO, the
# channel's message read/write/close vtbl over ssl_readfully()/ssl_writefully(), SSL_shutdown() at
# close; tcp_manager2.c: the channels), the blocking TLS streams (lib/dnscore/src/ssl_input_output_stream.c:
# ssl_read()/ssl_write() retry SSL_read()/SSL_write() while crypto_ssl_error() says EAGAIN/EINTR,
# SSL_connect()/SSL_do_handshake() in ssl_input_output_stream_init(), used by yadifad's zone.c for zone
# transfers over TLS), the error helpers (lib/dnscore/src/crypto.c: crypto_ssl_error() classifies and
# logs, crypto_openssl_error() drains the queue into the log), yadifad's channel thread
# (sbin/yadifad/server_dns_tcp.c: server_process_channel_thread(), which the TLS server reuses) and its
# reply (server_process_message_tcp.c: server_tcp_reply() through tcp_manager_channel_send()). dnscore's
# HTTPS REST server (rest_server.c) is left out: its TLS is compiled out (DNSCORE_REST_HAS_HTTPS is 0
# in rest_server.h).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/yadifa" ] || { echo "$0: $R/yadifa: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/yadifa/src
D=$S/lib/dnscore/src
Y=$S/sbin/yadifad
exec "$BIN" "$@" -j2 --no-cache -p $R/yadifa/build \
  $D/tcp_manager_channel_ssl_context.c $D/ssl_input_output_stream.c $D/crypto.c $D/tcp_manager2.c \
  $Y/server_dns_tls.c $Y/server_dns_tcp.c $Y/server_process_message_tcp.c $Y/zone.c
