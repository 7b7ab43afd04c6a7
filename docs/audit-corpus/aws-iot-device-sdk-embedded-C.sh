#!/bin/sh
# ossl-lint audit of the AWS IoT Device SDK for Embedded C (github.com/aws/aws-iot-device-sdk-embedded-C,
# branch main, 202412.00) 3d170a072ddb9da433f1163d5a97c1724979102d (2025-07-18)
# usage: aws-iot-device-sdk-embedded-C.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint
# on PATH, the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/aws-iot-device-sdk-embedded-C
# (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): git archive of the commit into
#   $R/aws-iot-device-sdk-embedded-C/src; the one submodule the transport's headers need,
#   coreMQTT (github:FreeRTOS/coreMQTT, pinned 86a5750), archived into
#   src/libraries/standard/coreMQTT (its source/interface/transport_interface.h); nothing is
#   configured or built (a top-level cmake would clone every submodule). The flags are those
#   platform/posix/transport/CMakeLists.txt gives its openssl_posix and sockets_posix targets:
#   COMMON_TRANSPORT_INCLUDE_PUBLIC_DIRS (platform/posix/transport/include, platform/include),
#   LOGGING_INCLUDE_DIRS (demos/logging-stack), TRANSPORT_INTERFACE_INCLUDE_DIR
#   (coreMQTT/source/interface); CMAKE_C_STANDARD 90 with CMake's extensions: -std=gnu90;
#   BUILD_SHARED_LIBS: -fPIC; no build type, no -O
# Files: the OpenSSL transport platform/posix/transport/src/openssl_posix.c (Openssl_Connect:
# SSL_CTX_new, credentials, SSL_new, SSL_set_fd and the blocking SSL_connect; Openssl_Recv:
# SSL_pending, poll, SSL_read classified with SSL_get_error; Openssl_Send: poll, SSL_write
# classified for a log line; Openssl_Disconnect: SSL_shutdown) and the socket layer under it
# (sockets_posix.c: connect with SO_SNDTIMEO/SO_RCVTIMEO). The library's public functions are
# called by the demos only through coreMQTT's and coreHTTP's TransportInterface_t pointers; the
# greengrass demo's own copy of openssl_posix.c (a separate program, without the host check) is
# not part of this run.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/aws-iot-device-sdk-embedded-C" ] || { echo "$0: $R/aws-iot-device-sdk-embedded-C: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/aws-iot-device-sdk-embedded-C/src
exec "$BIN" "$@" -j2 \
  $S/platform/posix/transport/src/openssl_posix.c $S/platform/posix/transport/src/sockets_posix.c \
  -- -I$S/platform/posix/transport/include -I$S/platform/include -I$S/demos/logging-stack \
  -I$S/libraries/standard/coreMQTT/source/interface -fPIC -std=gnu90
