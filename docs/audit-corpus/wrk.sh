#!/bin/sh
# ossl-lint audit of wrk a211dd5a7050b1f9e8a9870b95513060e72ac4a0 (2021-02-07)
# usage: wrk.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/wrk (docs/audit-corpus/README.md)
# preparation: git archive of the commit into $R/wrk/src, then in src:
#   (the archive is restricted to `git archive HEAD src scripts Makefile README.md`: the snapshot
#    lacks the deps/openssl-1.1.1i.tar.gz blob; the bundled LuaJIT/OpenSSL are not built)
#   apt-get install -y libluajit-5.1-dev     # lua.h etc. in /usr/include/luajit-2.1
#   nothing else: no configure; flags are the Makefile's Linux CFLAGS; system OpenSSL 3.0 headers
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/wrk" ] || { echo "$0: $R/wrk: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/wrk/src
exec "$BIN" "$@" -j2 \
  $S/src/ssl.c $S/src/net.c $S/src/wrk.c $S/src/ae.c $S/src/script.c $S/src/zmalloc.c \
  -- -std=c99 -D_REENTRANT -D_POSIX_C_SOURCE=200112L -D_BSD_SOURCE -D_DEFAULT_SOURCE \
     -I$S/src -I/usr/include/luajit-2.1
