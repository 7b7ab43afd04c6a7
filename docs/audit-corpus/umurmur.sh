#!/bin/sh
# ossl-lint audit of umurmur (github.com/umurmur/umurmur, branch master)
# da2e175e0ffbeacafe501b045f30c21d4ab4123e (2026-08-21)
# usage: umurmur.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/umurmur (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libconfig-dev libprotobuf-c-dev): git archive of the
# commit into $R/umurmur/src, then in src:
#   cmake -S . -B build -DSSL=openssl -DCMAKE_EXPORT_COMPILE_COMMANDS=ON   (only configures: writes
#   build/src/config.h, USE_GNUTLS/USE_MBEDTLS undefined = OpenSSL backend; nothing is built);
#   the flags are build/compile_commands.json's (-D_GNU_SOURCE, -std=gnu99, the two -I)
# Files: the OpenSSL backend (src/ssli_openssl.c: SSL_accept, SSL_read, SSL_write, SSL_shutdown,
# SSL_get_error behind the SSLi_* wrappers), the client layer that calls it (src/client.c), the
# poll loop that drives it (src/server.c), the message handler that closes clients and hashes the
# peer certificate (src/messagehandler.c), the voice crypto on OpenSSL EVP (src/crypt.c), the
# message codec (src/messages.c), the logger (src/log.c) and the program (src/main.c).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/umurmur" ] || { echo "$0: $R/umurmur: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/umurmur/src
exec "$BIN" "$@" -j2 \
  $S/src/ssli_openssl.c $S/src/client.c $S/src/server.c $S/src/messagehandler.c $S/src/crypt.c \
  $S/src/messages.c $S/src/log.c $S/src/main.c \
  -- -std=gnu99 -D_GNU_SOURCE -I$S/build/src -I/usr/include/protobuf-c
