#!/bin/sh
# ossl-lint audit of getdns f8c95b4f150a7b42153a380fea05ed6ad5ce9826 (2023-01-09)
# usage: getdns.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/getdns (docs/audit-corpus/README.md)
# preparation: git archive of the commit into $R/getdns/src, then the submodules it pins:
#   getdnsapi/jsmn 686a240 -> src/src/jsmn, getdnsapi/yxml 57497cd -> src/src/yxml
#   (getdnsapi/ssl_dane: pinned 89ff459 not in the mirror, HEAD d9767f2 -> src/src/ssl_dane;
#    not compiled with OpenSSL 3, USE_DANESSL is undefined), then in src:
#   cmake -B build -DCMAKE_BUILD_TYPE=Release -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DENABLE_STUB_ONLY=ON
#     -DBUILD_LIBUV=OFF -DBUILD_GETDNS_QUERY=OFF -DBUILD_GETDNS_SERVER_MON=OFF -DBUILD_TESTING=OFF
# (generates build/config.h, build/getdns/getdns.h, getdns_extra.h; the flags below are the ones
#  build/compile_commands.json gives src/openssl/tls.c and src/stub.c, minus -O3/-W*/-fPIC)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/getdns" ] || { echo "$0: $R/getdns: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/getdns/src
exec "$BIN" "$@" -j2 \
  $S/src/openssl/tls.c $S/src/stub.c $S/src/context.c $S/src/general.c $S/src/sync.c \
  $S/src/openssl/pubkey-pinning-internal.c $S/src/openssl/keyraw-internal.c $S/src/pubkey-pinning.c \
  $S/src/tls/val_secalgo.c $S/src/tls/anchor-internal.c $S/src/dnssec.c $S/src/anchor.c \
  $S/src/extension/poll_eventloop.c \
  -- -DJSMN_GETDNS -DYXML_GETDNS -I$S/src -I$S/src/util/auxiliary -I$S/src/openssl -I$S/src/tls \
  -I$S/src/yxml -I$S/build -D_POSIX_C_SOURCE=200112L -D_XOPEN_SOURCE=600 -D_BSD_SOURCE \
  -D_DEFAULT_SOURCE -DNDEBUG -std=gnu11
