#!/bin/sh
# ossl-lint audit of serf (github.com/apache/serf, branch trunk) c8b756c192658807a9219e2b58d6234a2691501a (2023-05-31)
# usage: serf.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/serf
# preparation: apt-get install libapr1-dev libaprutil1-dev; git archive of the commit into
#   $R/serf/src, then in src: mkdir build-cmake && cd build-cmake && cmake .. -DSKIP_TESTS=ON
#   (configure checks only; the flags below are those of its compile_commands.json for
#   ssl_buckets.c, static library)
# Files: the OpenSSL bucket (buckets/ssl_buckets.c) and its callers and helpers: the bucket
# framework (buckets/buckets.c: databuf reader), logging (src/logging.c), the SSL session
# cache (src/config_store.c), and the connection code that creates and reads SSL buckets
# (src/outgoing.c, src/outgoing_request.c, src/ssltunnel.c).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/serf" ] || { echo "$0: $R/serf: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/serf/src
exec "$BIN" "$@" -j2 \
  $S/buckets/ssl_buckets.c $S/buckets/buckets.c $S/src/logging.c $S/src/config_store.c \
  $S/src/outgoing.c $S/src/outgoing_request.c $S/src/ssltunnel.c \
  -- -DHAVE_STDBOOL_H=1 -DOPENSSL_NO_STDIO -DSERF_HAVE_OPENSSL_ALPN -DSERF_HAVE_OPENSSL_MALLOC_INIT \
     -DSERF_HAVE_OPENSSL_SSL_LIBRARY_INIT -DSERF_HAVE_OPENSSL_VERSION_NUM -DSERF_HAVE_OSSL_HANDSHAKE_STATE \
     -I$S -isystem /usr/include/apr-1.0 -std=c89 -DLINUX -D_REENTRANT -D_GNU_SOURCE
