#!/bin/sh
# ossl-lint audit of sstp-client (github.com/deepin-community/sstp-client, branch master; deepin's
# packaging of gitlab.com/eivnaes/sstp-client 1.0.17)
# b308418a708bec43a9207d07bace3c71efdcd123 (2023-08-16, "chore(CI): Update call-chatOps.yml for
# /integrate")
# usage: sstp-client.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/sstp-client (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libevent-dev ppp-dev pkg-config autoconf
# automake libtool): git archive of the commit into $R/sstp-client/src, then in src:
#   autoreconf -fi && ./configure   (defaults: libevent 2, pppd plugin on; only writes config.h
#   and the Makefiles, nothing is built); the flags are src/Makefile's for sstpc: DEFS
#   (-DHAVE_CONFIG_H), DEFAULT_INCLUDES (-I. -I$(top_builddir)) and sstpc_CFLAGS
#   (-I$(top_srcdir)/include -DSSTP_RUNTIME_DIR='"${prefix}/var/run/sstpc"', prefix /usr/local);
#   no -std: gcc's default gnu17
# Files: the OpenSSL layer, src/sstp-stream.c (SSL_new/SSL_set_fd/SNI/SSL_set_connect_state in
# sstp_stream_setup, no explicit handshake: the first SSL_write/SSL_read runs it; the libevent
# callbacks sstp_send_cont/sstp_recv_cont retrying sstp_stream_send/sstp_stream_recv/
# sstp_stream_recv_sstp, which classify SSL_write/SSL_read with SSL_get_error; peer certificate
# hash and verification; SSL_shutdown in sstp_stream_destroy); its callers: src/sstp-http.c (the
# HTTP SSTP_DUPLEX_POST handshake over TLS, or in plain text to a proxy), src/sstp-state.c (the
# SSTP control state machine: sstp_stream_send, sstp_stream_setrecv(sstp_stream_recv_sstp),
# sstp_get_cert_hash and the crypto binding's CMAC), src/sstp-pppd.c (PPP frames forwarded with
# sstp_stream_send) and src/sstp-client.c (main, SSL_CTX setup, sstp_verify_cert, the connect
# callbacks); helpers that run OpenSSL calls on those paths: src/sstp-cmac.c (HMAC of the crypto
# binding, called by sstp-state.c before a send) and src/sstp-chap.c (EVP MD4/SHA1 of the MPPE
# keys, called by sstp-client.c), and src/sstp-util.c (sstp_set_nonbl etc.)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/sstp-client" ] || { echo "$0: $R/sstp-client: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/sstp-client/src
exec "$BIN" "$@" -j2 \
  $S/src/sstp-stream.c $S/src/sstp-http.c $S/src/sstp-state.c $S/src/sstp-pppd.c \
  $S/src/sstp-client.c $S/src/sstp-cmac.c $S/src/sstp-chap.c $S/src/sstp-util.c \
  -- -DHAVE_CONFIG_H -I$S/src -I$S -I$S/include '-DSSTP_RUNTIME_DIR="/usr/local/var/run/sstpc"'
