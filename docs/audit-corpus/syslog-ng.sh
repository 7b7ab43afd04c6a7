#!/bin/sh
# ossl-lint audit of syslog-ng b55e8d0b83333156d7bb423f47fba076a6bed111 (2026-03-04)
# usage: syslog-ng.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/syslog-ng (docs/audit-corpus/README.md)
# preparation: apt-get install -y libivykis-dev libjson-c-dev; git archive of the commit into
#   $R/syslog-ng/src (the lib/ivykis submodule is not needed: the system ivykis is used), then in src:
#   cmake -S . -B build -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DIVYKIS_SOURCE=system -DENABLE_PYTHON=OFF \
#     -DBUILD_TESTING=OFF -DENABLE_CPP=OFF -DENABLE_JOURNALD=OFF -DENABLE_JAVA=OFF -DENABLE_JAVA_MODULES=OFF
#   cd build && make -f lib/CMakeFiles/syslog-ng.dir/build.make lib/cfg-grammar.h
# (cmake writes build/syslog-ng-config.h; bison writes build/lib/cfg-grammar.h, which lib/plugin-types.h includes)
# files: the TLS transport (lib/transport), its lower transports and factories, the logproto layer
#   that calls the transports, the afsocket module that builds TLS transports, OpenSSL init/compat
# flags: those of build/compile_commands.json for lib/transport/transport-tls.c, plus the afsocket
#   module's include dirs, minus warnings/optimisation
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/syslog-ng" ] || { echo "$0: $R/syslog-ng: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/syslog-ng/src
T=$S/lib/transport
P=$S/lib/logproto
M=$S/modules/afsocket
exec "$BIN" "$@" -j2 \
  $T/transport-tls.c $T/tls-context.c $T/tls-session.c $T/tls-verifier.c $T/transport-factory-tls.c \
  $T/transport-adapter.c $T/transport-socket.c $T/transport-stack.c $T/logtransport.c \
  $P/logproto-buffered-server.c $P/logproto-text-server.c $P/logproto-text-client.c \
  $P/logproto-framed-client.c $P/logproto-framed-server.c $P/logproto-auto-server.c \
  $P/logproto-client.c $P/logproto-server.c \
  $M/transport-mapper-inet.c $M/afinet-dest.c $M/afinet-source.c \
  $S/lib/crypto.c $S/lib/crypto-utils.c $S/lib/compat/openssl_support.c \
  -- -DGLIB_VERSION_MIN_REQUIRED=GLIB_VERSION_2_68 -D_GNU_SOURCE=1 -D_LARGEFILE64_SOURCE=1 \
  -I$S/build -I$S/lib -I$S/build/lib -I$M -I$S/build/modules/afsocket -isystem /usr/include/json-c \
  -isystem $S/lib/eventlog/src -isystem /usr/include/glib-2.0 \
  -isystem /usr/lib/x86_64-linux-gnu/glib-2.0/include -std=gnu99
