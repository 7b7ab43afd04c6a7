#!/bin/sh
# ossl-lint audit of cwebsocket (github.com/jeremyhahn/cwebsocket, branch master) 8f998032137e37d8204cfa52b55f04b892da9726 (2025-11-09, "add MQTT 5.0 subprotocol with enhanced authentication")
# usage: cwebsocket.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/cwebsocket (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev zlib1g-dev): git archive of the commit into
# $R/cwebsocket/src; nothing configured: the only config.h defines the sources test are
# configure.ac's defaults ENABLE_SSL and ENABLE_THREADS (--enable-ssl, --enable-threads), given
# here with -D instead of -DHAVE_CONFIG_H (ENABLE_DEBUG only changes CFLAGS; UNIT_TESTING is
# only for the unit-test program); no -std: gcc's default gnu17
# Files: the whole client library with its TLS code in src/cwebsocket/client.c
# (cwebsocket_client_connect: SSL_connect over the blocking socket, classified with
# SSL_get_error(ssl, -1); cwebsocket_client_write_all: SSL_write loop classified with
# SSL_get_error; cwebsocket_client_read: bare SSL_read for the frame reader
# cwebsocket_client_read_data and the handshake reader; cwebsocket_client_close: SSL_shutdown),
# src/cwebsocket/common.c (base64 through BIO_f_base64, SHA1 of the accept key) and the
# subprotocols that read and write through it (echo, stomp, mqtt with mqtt_scram.c's
# HMAC/PBKDF2/RAND_bytes); the four programs that drive it: src/websocket-client.c,
# src/websocket-testsuite.c, src/stomp-client.c, src/mqtt-client.c.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/cwebsocket" ] || { echo "$0: $R/cwebsocket: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/cwebsocket/src
exec "$BIN" "$@" -j2 \
  $S/src/cwebsocket/client.c $S/src/cwebsocket/common.c $S/src/cwebsocket/utf8.c \
  $S/src/cwebsocket/logging.c $S/src/cwebsocket/subprotocol/echo/echo_client.c \
  $S/src/cwebsocket/subprotocol/stomp/stomp_client.c \
  $S/src/cwebsocket/subprotocol/mqtt/mqtt_client.c \
  $S/src/cwebsocket/subprotocol/mqtt/mqtt_persistence.c \
  $S/src/cwebsocket/subprotocol/mqtt/mqtt_packet_id_pool.c \
  $S/src/cwebsocket/subprotocol/mqtt/mqtt_scram.c \
  $S/src/websocket-client.c $S/src/websocket-testsuite.c $S/src/stomp-client.c $S/src/mqtt-client.c \
  -- -DENABLE_SSL=1 -DENABLE_THREADS=1 -pthread
