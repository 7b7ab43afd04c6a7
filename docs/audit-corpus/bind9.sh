#!/bin/sh
# ossl-lint audit of bind9 bf74540dfe23bcb77afa62f65d1a290535435747 (2026-08-21)
# usage: bind9.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/bind9 (docs/audit-corpus/README.md)
# preparation: git archive of the commit into $R/bind9/src (tests/bench/names.csv is absent
# from the mirror: git archive warns, the rest extracts), then in src:
#   sh ../prep.sh   (a script of these steps, written by hand; i.e.:)
#   apt-get install -y libuv1-dev liburcu-dev libnghttp2-dev libcap-dev libjemalloc-dev \
#       liblmdb-dev libjson-c-dev libxml2-dev libidn2-dev zlib1g-dev libedit-dev ninja-build
#   # meson.build wants meson >= 1.3; Debian 12 has 1.0.1 and PyPI is unreachable, so
#   # config.h comes from a copy (../mtree) whose meson.build is cut after
#   # configure_file('config.h') and back-ported to meson 1.0; the sources are not touched:
#   cp -a . ../mtree && cd ../mtree && cp meson.options meson_options.txt && echo bf74540 > srcid
#   python3: keep meson.build lines 1-1116; default_options dict -> ['k=v',...];
#     meson_version '>=1.0.0'; drop .enable_auto_if(...); meson.build_options() -> '';
#     cc.has_function('__builtin_*', required: true) -> cc.has_function('__builtin_*')
#   meson setup build -Ddoc=disabled && mkdir -p ../src/build && cp build/config.h ../src/build/
# flags (no compile_commands.json: the cut build has no targets) = meson.build's
# add_project_arguments (gnu11, sys_defines, -include config.h) + libisc's include dirs
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/bind9" ] || { echo "$0: $R/bind9: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/bind9/src
exec "$BIN" "$@" -j2 \
  $S/lib/isc/netmgr/tlsstream.c $S/lib/isc/tls.c $S/lib/isc/netmgr/netmgr.c \
  -- -std=gnu11 -include $S/build/config.h \
  -D_BSD_SOURCE -D_DARWIN_C_SOURCE -D_DEFAULT_SOURCE -D_FILE_OFFSET_BITS=64 -D_GNU_SOURCE \
  -D_LARGE_FILES -D_TIME_BITS=64 -D__APPLE_USE_RFC_3542=1 \
  -I$S/build -I$S/lib -I$S/lib/isc/include -I$S/lib/isc -I$S/lib/isc/netmgr \
  -I/usr/include/x86_64-linux-gnu
