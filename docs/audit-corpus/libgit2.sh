#!/bin/sh
# ossl-lint audit of libgit2 0551dfd4ad989b6a3d5683c0d4cf326c6efef929 (2026-08-15)
# usage: libgit2.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/libgit2 (docs/audit-corpus/README.md)
# preparation: git archive of the commit into $R/libgit2/src, then in src:
#   mkdir build && cd build && cmake .. -DUSE_HTTPS=OpenSSL -DBUILD_TESTS=OFF -DBUILD_CLI=OFF \
#     -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DCMAKE_C_COMPILER=clang
#   (system OpenSSL 3.0, GIT_HTTPS_OPENSSL in build/gen_headers/git2_features.h; not the dynamic
#   loader, so streams/openssl_dynamic.c and openssl_legacy.c compile to nothing and are not given;
#   the flags below are those of compile_commands.json for these files, warnings left out)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/libgit2" ] || { echo "$0: $R/libgit2: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/libgit2/src
exec "$BIN" "$@" -j2 \
  $S/src/libgit2/streams/openssl.c $S/src/libgit2/streams/socket.c \
  $S/src/libgit2/streams/tls.c $S/src/libgit2/transports/httpclient.c \
  -- -DPCRE2_EXPORT= -DPCRE2_EXP_DECL= -DPCRE2_EXP_DEFN= -DPCRE2_STATIC -D_FILE_OFFSET_BITS=64 \
  -I$S/src/libgit2 -I$S/src/util -I$S/include -I$S/build/gen_headers -I$S/deps/llhttp \
  -I$S/deps/pcre2 -I$S/deps/xdiff -I$S/deps/ntlmclient -I$S/deps/reftable \
  -D_GNU_SOURCE -fvisibility=hidden -fPIC -O2 -g -DNDEBUG -std=c90
