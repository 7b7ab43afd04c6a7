#!/bin/sh
# ossl-lint audit of mariadb-connector-c 53243b8a7a3d8125d86004b1b784e40f75298d6b (2024-10-23)
# usage: mariadb-connector-c.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/mariadb-connector-c (docs/audit-corpus/README.md)
# preparation: git archive of the commit (branch 3.4, the snapshot's HEAD) into $R/mariadb-connector-c/src,
# then in src:
#   cmake -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_EXPORT_COMPILE_COMMANDS=ON \
#     -DWITH_SSL=OPENSSL -DWITH_UNIT_TESTS=OFF -DWITH_CURL=OFF
# (generates build/include/ma_config.h, config.h, mariadb_version.h; flags below are
#  compile_commands.json's for libmariadb/secure/openssl.c, minus warnings/optimisation)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/mariadb-connector-c" ] || { echo "$0: $R/mariadb-connector-c: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/mariadb-connector-c/src
exec "$BIN" "$@" -j2 \
  $S/libmariadb/secure/openssl.c $S/libmariadb/ma_tls.c $S/libmariadb/ma_pvio.c \
  $S/libmariadb/mariadb_async.c $S/libmariadb/mariadb_lib.c $S/libmariadb/ma_net.c \
  $S/plugins/pvio/pvio_socket.c $S/plugins/auth/my_auth.c $S/plugins/auth/caching_sha2_pw.c \
  $S/plugins/auth/sha256_pw.c $S/libmariadb/secure/openssl_crypt.c \
  -- -DHAVE_OPENSSL -DHAVE_TLS -DLIBICONV_PLUG '-DMARIADB_MACHINE_TYPE="x86_64"' \
  '-DMARIADB_SYSTEM_TYPE="Linux"' -DNDEBUG -DDBUG_OFF -DHAVE_COMPRESS -DLIBMARIADB -DTHREAD \
  -I$S/external/zlib -I$S/build/include -I$S/plugins/auth -I$S/include -I$S/plugins/auth/ref10 \
  -I$S/plugins/compress -I$S/plugins/pvio -I$S/libmariadb -I$S/build/external/zlib
