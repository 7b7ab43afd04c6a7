#!/bin/sh
# ossl-lint audit of janus-gateway 94408ffccbc1a7c39dac82d55e5dd475c807e770 (2026-04-29)
# usage: janus-gateway.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/janus-gateway (docs/audit-corpus/README.md)
# preparation: git archive of the commit into $R/janus-gateway/src, then in src:
#   apt-get install -y libglib2.0-dev libjansson-dev libnice-dev libsrtp2-dev libconfig-dev libssl-dev libusrsctp-dev
#   sh autogen.sh && ./configure --disable-all-plugins --disable-all-transports --disable-all-handlers --disable-all-loggers --disable-turn-rest-api
#   (the flags below are those of `make -n -C src janus-dtls.o`, warnings and codegen flags dropped; no config.h: configure passes -D flags)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/janus-gateway" ] || { echo "$0: $R/janus-gateway: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/janus-gateway/src
exec "$BIN" "$@" -j2 \
  $S/src/dtls.c $S/src/dtls-bio.c $S/src/ice.c $S/src/sctp.c \
  -- -DPACKAGE_NAME='"Janus WebRTC Server"' -DPACKAGE_TARNAME='"janus-gateway"' -DPACKAGE_VERSION='"1.4.2"' \
  -DPACKAGE_STRING='"Janus WebRTC Server 1.4.2"' -DPACKAGE='"janus-gateway"' -DVERSION='"1.4.2"' \
  -DHAVE_STDIO_H=1 -DHAVE_STDLIB_H=1 -DHAVE_STRING_H=1 -DHAVE_INTTYPES_H=1 -DHAVE_STDINT_H=1 -DHAVE_STRINGS_H=1 \
  -DHAVE_SYS_STAT_H=1 -DHAVE_SYS_TYPES_H=1 -DHAVE_UNISTD_H=1 -DHAVE_WCHAR_H=1 -DSTDC_HEADERS=1 -D_GNU_SOURCE=1 \
  -D__EXTENSIONS__=1 -DHAVE_DLFCN_H=1 -DHAS_DTLS_WINDOW_SIZE=1 -DHAVE_SRTP_AESGCM=1 -DHAVE_PORTRANGE=1 \
  -DHAVE_LIBNICE_TCP=1 -DHAVE_CLOSE_ASYNC=1 -DHAVE_ICE_NOMINATION=1 -DHAVE_CONSENT_FRESHNESS=1 -DHAVE_SRTP_2=1 \
  -DHAVE_SCTP=1 -DPLUGINDIR='"/usr/local/lib/janus/plugins"' -DTRANSPORTDIR='"/usr/local/lib/janus/transports"' \
  -DEVENTDIR='"/usr/local/lib/janus/events"' -DLOGGERDIR='"/usr/local/lib/janus/loggers"' -DCONFDIR='"/usr/local/etc/janus"' \
  -I$S/src $(pkg-config --cflags glib-2.0 nice jansson libconfig libsrtp2 openssl) -pthread
