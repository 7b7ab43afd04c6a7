#!/bin/sh
# ossl-lint audit of FreeTDS/freetds 7cce67e1ffd112c9daa2abd44672d37db660820d (2026-05-31)
# usage: freetds.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/freetds (docs/audit-corpus/README.md)
# preparation: git archive of the commit into $R/freetds/src, then in src (needs gperf:
# apt-get install gperf; OpenSSL is found and used by default, WITH_OPENSSL=ON):
#   cmake -B build -DCMAKE_BUILD_TYPE=Release -DCMAKE_EXPORT_COMPILE_COMMANDS=ON
# (generates build/include/config.h with HAVE_OPENSSL 1 and ENABLE_ODBC_MARS 1, and
# build/include/tds_sysdep_public.h; the flags are build/compile_commands.json's for src/tds/tls.c)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/freetds" ] || { echo "$0: $R/freetds: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/freetds/src
exec "$BIN" "$@" -j2 \
  $S/src/tds/tls.c $S/src/tds/net.c $S/src/tds/packet.c $S/src/tds/login.c $S/src/tds/mem.c \
  $S/src/tds/challenge.c $S/src/tds/gssapi.c $S/src/tds/random.c $S/src/tds/sec_negotiate.c \
  $S/src/tds/read.c $S/src/tds/write.c \
  -- -D_REENTRANT -D_THREAD_SAFE -DNDEBUG -I$S/build/include -I$S/include -I$S/iconv/include \
  -I$S/build/src/tds -fPIC
