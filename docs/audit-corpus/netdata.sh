#!/bin/sh
# ossl-lint audit of netdata (github.com/netdata/netdata, branch master)
# 04b1cf54270c4e21c02e322e577e7e96d547c9ee (2026-08-22)
# usage: netdata.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/netdata (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libcurl4-openssl-dev liblz4-dev libprotobuf-dev
# protobuf-compiler): git archive of the commit without src/go (some of its large files are
# absent from the snapshot) into $R/netdata/src, then in src:
#   mkdir build && cd build && cmake .. -DDEFAULT_FEATURE_STATE=Off -DENABLE_PLUGIN_GO=Off
#     -DENABLE_PLUGIN_PYTHON=Off -DENABLE_ML=Off -DENABLE_DASHBOARD=Off -DENABLE_EXPORTER_MONGODB=Off
#     -DENABLE_EXPORTER_PROMETHEUS_REMOTE_WRITE=Off -DENABLE_LIBBACKTRACE=Off
#     -DENABLE_PLUGIN_SCRIPTS=Off -DCMAKE_EXPORT_COMPILE_COMMANDS=ON   (writes build/config.h)
#   the flags are compile_commands.json's for the netdata target (libnetdata's are a subset:
#   the MQTT_WSS/RBUF defines and the aclk include dirs are used only by the ACLK code)
# Files: the OpenSSL layer (src/libnetdata/socket/security.c: SSL_read, SSL_peek, SSL_write,
# SSL_connect, SSL_accept, SSL_get_error) and its C callers: the ND_SOCK layer (nd-sock.c and the
# static inlines of nd-sock.h), socket.c, the web server (web_client.c, web_client_cache.c,
# static-threaded.c), websockets, streaming, plugins.d and the exporting engine. The ACLK's own
# OpenSSL I/O (src/aclk/https_client.c, mqtt_websockets/) does not call security.c's I/O.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/netdata" ] || { echo "$0: $R/netdata: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/netdata/src
T=$S/src
exec "$BIN" "$@" -j2 \
  $T/libnetdata/socket/security.c $T/libnetdata/socket/nd-sock.c $T/libnetdata/socket/socket.c \
  $T/web/server/web_client.c $T/web/server/web_client_cache.c $T/web/server/static/static-threaded.c \
  $T/web/websocket/websocket-handshake.c $T/web/websocket/websocket-receive.c \
  $T/web/websocket/websocket-send.c \
  $T/streaming/stream-connector.c $T/streaming/stream-parents.c \
  $T/streaming/stream-receiver-connection.c $T/streaming/stream-receiver.c $T/streaming/stream-sender.c \
  $T/plugins.d/pluginsd_internals.c $T/exporting/send_data.c $T/exporting/clean_connectors.c \
  -- -D_GNU_SOURCE -DNDEBUG -DMQTT_WSS_CUSTOM_ALLOC -DRBUF_CUSTOM_MALLOC -DMQTT_WSS_CPUSTATS -std=gnu11 \
     -I$S/build/src/aclk/aclk-schemas -I/usr/include/uuid -I$S/build/sqlite-output -I$S/build -I$T \
     -I/usr/include/json-c -I$T/libnetdata/netipc/include -I$T/libnetdata/libjudy/vendored \
     -I$T/libnetdata/libjudy/vendored/JudyCommon -I$S/aclk/helpers
