#!/bin/sh
# ossl-lint audit of facil.io (github.com/boazsegev/facil.io, branch master)
# 47ef4eb714fa3cd1df76ca8fe6db02a4c707d884 (2025-03-09)
# usage: facil.io.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/facil.io (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0): git archive of the commit into $R/facil.io/src; nothing
#   else (a plain makefile, no configure, no config header). The flags are those `make -n` prints
#   for lib/facil/tls/fio_tls_openssl.c in src/ (its runtime tests detect epoll, Linux sendfile,
#   tm_zone and OpenSSL: -DHAVE_OPENSSL -DFIO_TLS_FOUND), without -g, -fpic and -march=native.
# Files: the OpenSSL TLS layer (lib/facil/tls/fio_tls_openssl.c: SSL_read, SSL_write,
# SSL_accept, SSL_connect, SSL_shutdown, SSL_get_error in read/write hooks), the core that calls
# the hooks through fio_rw_hook_s pointers (lib/facil/fio.c: fio_read, fio_flush), and the users
# of fio_read and of fio_tls_accept/fio_tls_connect (lib/facil/http/http.c, http1.c,
# http_internal.c, websockets.c). lib/facil/tls/fio_tls_missing.c is the no-TLS stub.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/facil.io" ] || { echo "$0: $R/facil.io: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/facil.io/src
L=$S/lib/facil
exec "$BIN" "$@" -j2 \
  $L/tls/fio_tls_openssl.c $L/fio.c $L/http/http.c $L/http/http1.c $L/http/http_internal.c \
  $L/http/websockets.c \
  -- -std=gnu11 -DNDEBUG -DNODEBUG -DHAVE_EPOLL -DUSE_SENDFILE_LINUX -DHAVE_SENDFILE \
     -DHAVE_TM_TM_ZONE=1 -DHAVE_OPENSSL -DFIO_TLS_FOUND -D__BIG_ENDIAN__=0 -Wshadow -Wall -Wextra \
     -Wpedantic -Wno-missing-field-initializers -Wno-embedded-directive -I$S -I$S/lib -I$L \
     -I$L/tls -I$L/fiobj -I$L/cli -I$L/http -I$L/http/parsers -I$L/redis -I$S/src -I$S/tests -O2
