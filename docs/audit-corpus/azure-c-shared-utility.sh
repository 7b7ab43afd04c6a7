#!/bin/sh
# ossl-lint audit of azure-c-shared-utility (github.com/Azure/azure-c-shared-utility, branch master)
# aff8697e20be2937071574ff856656f4ed8d754c (2026-05-28, "Merge pull request #678 ...")
# usage: azure-c-shared-utility.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on
# PATH, the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/azure-c-shared-utility
# (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libcurl4-openssl-dev cmake): git archive of
#   the commit into $R/azure-c-shared-utility/src; the submodules the headers and CMake need, each
#   fetched (github:Azure/NAME) and archived at its pinned commit into src/deps/NAME:
#   macro-utils-c 045636a, umock-c e54b586, c-logging 504e7d4, c-build-tools b26bcf4; then in src:
#   cmake -S . -B build-lint -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -Duse_openssl=ON -Dskip_samples=ON
#     -Drun_unittests=OFF   (only configures; no generated header is needed, nothing is built)
#   The flags are aziotsharedutil's for adapters/tlsio_openssl.c in build-lint/compile_commands.json
#   (the other units' are the same but for its -Wno-deprecated-declarations), -std=gnu99
# Files: the OpenSSL TLS adapter adapters/tlsio_openssl.c (an SSL over two memory BIOs: the
# ERR_clear_error, SSL_do_handshake and SSL_get_error of send_handshake_bytes, SSL_read in
# decode_ssl_received_bytes, SSL_write in tlsio_openssl_send, write_outgoing_bytes pumping the out
# BIO into the underlying xio), adapters/x509_openssl.c (certificates and keys loaded into its
# SSL_CTX), the socket xio under it (adapters/socketio_berkeley.c), the xio dispatcher
# (src/xio.c), adapters/platform_linux.c (platform_get_default_tlsio), the xio users above it
# (src/http_proxy_io.c, src/wsio.c, src/uws_client.c) and adapters/httpapi_curl.c (its
# certificates through curl's SSL_CTX callback).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/azure-c-shared-utility" ] || { echo "$0: $R/azure-c-shared-utility: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/azure-c-shared-utility/src
exec "$BIN" "$@" -j2 \
  $S/adapters/tlsio_openssl.c $S/adapters/x509_openssl.c $S/adapters/socketio_berkeley.c \
  $S/src/xio.c $S/adapters/platform_linux.c $S/src/http_proxy_io.c $S/src/wsio.c \
  $S/src/uws_client.c $S/adapters/httpapi_curl.c \
  -- -DOPENSSL_API_COMPAT=0x10101000L -DUSE_HTTP -DUSE_VALGRIND -I$S/inc -I$S/pal/linux \
  -I$S/deps/c-logging/v2/inc -I$S/deps/umock-c/inc -I$S/deps/macro-utils-c/inc \
  -D_POSIX_C_SOURCE=200112L -D_XOPEN_SOURCE=500 -Werror -Wall -Wno-unused-function \
  -Wno-missing-braces -g -fPIC -Wextra -Wformat=2 -Wformat-security -DUSE_OPENSSL \
  -Wno-unused-variable -Wno-missing-field-initializers -Wno-format-nonliteral -std=gnu99 \
  -Wno-deprecated-declarations
