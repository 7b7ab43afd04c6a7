#!/bin/sh
# ossl-lint audit of apk-tools (github.com/alpinelinux/apk-tools, branch master)
# 90b974fd8510fbc2b3d6adde311ad1ba8754c728 (2026-06-30, "doc: remove mention to nonexistant
# *default* command")
# usage: apk-tools.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/apk-tools (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev zlib1g-dev libzstd-dev meson ninja-build
# pkg-config): git archive of the commit into $R/apk-tools/src, then in src:
#   meson setup build -Dlua=disabled -Dpython=disabled -Ddocs=disabled -Dhelp=disabled
#   -Dtests=disabled   (only configures: no config header is written, every setting is a flag;
#   nothing is built); the flags are build/compile_commands.json's for libfetch/common.c
#   (-std=gnu11 -D_GNU_SOURCE -D_FILE_OFFSET_BITS=64 -DNEED_STRLCPY, libfetch_cargs' CA_CERT_FILE,
#   CA_CRL_FILE, CLIENT_CERT_FILE, CLIENT_KEY_FILE under /etc/apk) plus src/io_url_libfetch.c's
#   -DAPK_VERSION="3.0.6" -DHAVE_ZSTD and -I src
# Files: the bundled libfetch (a NetBSD/FreeBSD fetch(3) fork, the default url_backend):
# libfetch/common.c (fetch_ssl: SSL_CTX setup, SSL_connect, map_tls_error peeking the queue;
# fetch_read classifying SSL_read with SSL_get_error; fetch_write's SSL_write; SSL_shutdown in
# fetch_close), libfetch/http.c (the HTTP client: http_fillbuf/http_readfn/http_writefn over
# fetch_read/fetch_write, http_cmd/fetch_getln, http_connect calling fetch_ssl, the connection
# cache's close callbacks), libfetch/fetch.c (fetchXGet & co. dispatching to http.c),
# libfetch/openssl-compat.c (X509_check_host for old libraries; compiled out for 3.0), and their
# only caller in apk, src/io_url_libfetch.c (apk_io_url_istream: fetchXGet, fetchIO_read/close
# through the istream ops).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/apk-tools" ] || { echo "$0: $R/apk-tools: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/apk-tools/src
exec "$BIN" "$@" -j2 \
  $S/libfetch/common.c $S/libfetch/http.c $S/libfetch/fetch.c $S/libfetch/openssl-compat.c \
  $S/src/io_url_libfetch.c \
  -- -std=gnu11 -D_GNU_SOURCE -D_FILE_OFFSET_BITS=64 -DNEED_STRLCPY \
  '-DCA_CERT_FILE="/etc/apk/ca.pem"' '-DCA_CRL_FILE="/etc/apk/crl.pem"' \
  '-DCLIENT_CERT_FILE="/etc/apk/cert.pem"' '-DCLIENT_KEY_FILE="/etc/apk/cert.key"' \
  '-DAPK_VERSION="3.0.6"' -DHAVE_ZSTD -I$S/libfetch -I$S/src -I$S/portability
