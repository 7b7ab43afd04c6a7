#!/bin/sh
# ossl-lint audit of librdkafka 4c3b017c3de8d9c10de12b9eec0ea688e8d5787d (2026-07-02)
# usage: librdkafka.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/librdkafka (docs/audit-corpus/README.md)
# (prepared: ./configure --enable-ssl --disable-gssapi --disable-zstd --disable-curl, for config.h)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/librdkafka" ] || { echo "$0: $R/librdkafka: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/librdkafka/src/src
exec "$BIN" "$@" -j2 $S/rdkafka_ssl.c $S/rdkafka_transport.c -- -g -O2 -fPIC -Wall -Wsign-compare -Wfloat-equal -Wpointer-arith -Wcast-align -I$S
