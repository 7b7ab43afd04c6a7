#!/bin/sh
# ossl-lint audit of paho.mqtt.c (eclipse/paho.mqtt.c 6b1e202a701ffcdaa277b5644ed291287a70a7aa, 2024-02-09): the sources of paho-mqtt3cs and
# paho-mqtt3as together (common_src + SSLSocket.c + MQTTClient.c + MQTTAsync.c/MQTTAsyncUtils.c; SSLSocket.c does SSL_read/SSL_write/SSL_connect/SSL_shutdown,
# Socket.c/WebSocket.c/MQTTProtocolOut.c/... call it), with the flags of the -DOPENSSL=1 targets of
# `cmake -S . -B build -DPAHO_WITH_SSL=ON -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DPAHO_BUILD_SAMPLES=OFF -DPAHO_ENABLE_TESTING=OFF` (generates build/VersionInfo.h)
# usage: paho.mqtt.c.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/paho.mqtt.c (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/paho.mqtt.c" ] || { echo "$0: $R/paho.mqtt.c: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/paho.mqtt.c/src
exec "$B" "$@" -j2 $S/src/MQTTTime.c $S/src/MQTTProtocolClient.c $S/src/Clients.c $S/src/utf-8.c $S/src/MQTTPacket.c $S/src/MQTTPacketOut.c \
  $S/src/Messages.c $S/src/Tree.c $S/src/Socket.c $S/src/Log.c $S/src/MQTTPersistence.c $S/src/Thread.c $S/src/MQTTProtocolOut.c \
  $S/src/MQTTPersistenceDefault.c $S/src/SocketBuffer.c $S/src/LinkedList.c $S/src/MQTTProperties.c $S/src/MQTTReasonCodes.c \
  $S/src/Base64.c $S/src/SHA1.c $S/src/WebSocket.c $S/src/Proxy.c $S/src/StackTrace.c $S/src/Heap.c $S/src/SSLSocket.c \
  $S/src/MQTTClient.c $S/src/MQTTAsync.c $S/src/MQTTAsyncUtils.c \
  -- -DOPENSSL=1 -DPAHO_MQTT_EXPORTS=1 -D_GNU_SOURCE -I$S/src -I$S/build
