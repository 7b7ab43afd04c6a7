#!/bin/sh
# ossl-lint audit of mongo-c-driver (github.com/mongodb/mongo-c-driver, branch master)
# a047e0bc10f1a1e1419ac6ae2b87386d8c8ec9d3 (2026-08-21)
# usage: mongo-c-driver.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/mongo-c-driver (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libsasl2-dev zlib1g-dev libzstd-dev
# libicu-dev): git archive of the commit into $R/mongo-c-driver/src (the mirror lacks the blob of
# src/libbson/tests/binary/stackoverflow.bson: archive with ':(exclude)' of that one test file),
# then in $R/mongo-c-driver/build:
#   cmake ../src -DENABLE_SSL=OPENSSL -DENABLE_SASL=CYRUS -DENABLE_TESTS=OFF -DENABLE_EXAMPLES=OFF
#   -DCMAKE_EXPORT_COMPILE_COMMANDS=ON   (only configures: writes build/src/libmongoc/src/mongoc/
#   mongoc-config.h with MONGOC_ENABLE_SSL_OPENSSL, bson/config.h, common-config.h; nothing is
#   built); the flags are compile_commands.json's for libmongoc's shared target (its -D and -I,
#   -std=c99)
# Files (src/libmongoc/src/mongoc/): the OpenSSL layer (mongoc-stream-tls-openssl.c: a BIO_f_ssl
# chain driven by BIO_do_handshake, BIO_read, BIO_write, BIO_should_retry, never SSL_get_error;
# mongoc-openssl.c: SSL_CTX setup, hostname and OCSP checks; mongoc-stream-tls-openssl-bio.c: the
# BIO glue over the base socket stream), the generic TLS stream that dispatches to it and runs the
# handshake loop (mongoc-stream-tls.c), the stream layer and the streams over it
# (mongoc-stream.c, mongoc-stream-socket.c, mongoc-stream-buffered.c, mongoc-buffer.c), and its
# callers that open and use TLS connections (mongoc-client.c, mongoc-cluster.c,
# mongoc-topology-scanner.c, mongoc-async-cmd.c, mongoc-server-monitor.c, mongoc-http.c).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/mongo-c-driver" ] || { echo "$0: $R/mongo-c-driver: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/mongo-c-driver/src
B=$R/mongo-c-driver/build
M=$S/src/libmongoc/src/mongoc
exec "$BIN" "$@" -j2 \
  $M/mongoc-stream-tls-openssl.c $M/mongoc-openssl.c $M/mongoc-stream-tls-openssl-bio.c \
  $M/mongoc-stream-tls.c $M/mongoc-stream.c $M/mongoc-stream-socket.c $M/mongoc-stream-buffered.c \
  $M/mongoc-buffer.c $M/mongoc-client.c $M/mongoc-cluster.c $M/mongoc-topology-scanner.c \
  $M/mongoc-async-cmd.c $M/mongoc-server-monitor.c $M/mongoc-http.c \
  -- -std=c99 -DHAVE_STDARG_H -DHAVE_UNISTD_H -DKMS_MESSAGE_ENABLE_CRYPTO \
  -DKMS_MESSAGE_ENABLE_CRYPTO_LIBCRYPTO -DKMS_MESSAGE_LITTLE_ENDIAN -DKMS_MSG_STATIC \
  -DMCOMMON_NAME_PREFIX=_mongoc_mcommon -DMONGOC_COMPILATION -DUTF8PROC_STATIC -D_BSD_SOURCE \
  -D_DEFAULT_SOURCE -D_MLIB_BUILD_CONFIG=RelWithDebInfo -D_XOPEN_SOURCE=700 -DNDEBUG \
  -I$S/src/zlib-1.3.1 -I$B/src/zlib-1.3.1 -I$S/src/uthash -I$S/src/kms-message/src \
  -I$B/src/libmongoc/src -I$S/src/libmongoc/src -I$S/src/common/src -I$B/src -I$B/src/common/src \
  -I$S/src/libbson/src -I$B/src/libbson/src -isystem $S/src/utf8proc-2.11.3
