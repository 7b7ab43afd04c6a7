#!/bin/sh
# ossl-lint audit of libevent 2.2.1-alpha-dev (libevent/libevent 0c3e47ad5f654714e39bae3f8689a3446599b614, 2026-06-02):
# bufferevent_openssl.c (the OpenSSL backend) + bufferevent_ssl.c (the TLS engine, which calls the backend
# only through the le_ssl_ops table), one run
# event-config.h from: cmake -S $AUDIT_ROOT/libevent/src -B $AUDIT_ROOT/libevent/build (see README.md);
# flags: the two files' entries of build/compile_commands.json, warnings left out
# usage: libevent.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/libevent (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/libevent" ] || { echo "$0: $R/libevent: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/libevent/src
exec "$B" "$@" -j2 $S/bufferevent_openssl.c $S/bufferevent_ssl.c \
  -- -DHAVE_CONFIG_H -I$R/libevent/build/include -I$S/include -I$S/compat -I$S -DNDEBUG
