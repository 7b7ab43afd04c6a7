#!/bin/sh
# ossl-lint audit of h2o (h2o/h2o edd7a120bfc4af11ac0cbebce2a43cc1f93f9af1, 2026-06-29): every unit of the libh2o-evloop target (134: lib/ incl.
# lib/common/socket.c with its SSL_read/SSL_write/SSL_accept/SSL_connect/SSL_shutdown paths and all its callers, plus the bundled deps
# picotls/quicly/hiredis/libyrmcds); prepare: `cmake -S . -B build -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DWITH_MRUBY=OFF -DWITH_BUNDLED_SSL=OFF`
# (libuv absent, so libh2o is the evloop flavour), generate build/quicly-tracer.h
# (`deps/quicly/misc/probe2trace.pl -a tracer < deps/quicly/quicly-probes.d > build/quicly-tracer.h`), and copy the database entries
# whose command holds /libh2o-evloop.dir/ into build-evloop/compile_commands.json
# usage: h2o.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/h2o (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/h2o" ] || { echo "$0: $R/h2o: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/h2o/src
exec "$B" "$@" -j2 -p $S/build-evloop
