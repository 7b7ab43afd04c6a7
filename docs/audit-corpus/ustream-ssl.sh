#!/bin/sh
# ossl-lint audit of ustream-ssl (github.com/openwrt/ustream-ssl, branch master, the TLS layer of
# uhttpd and other OpenWrt daemons) 99bd3d2b167ccdffb6de072d02c380cb37b23e33 (2024-07-28), with the
# libubox headers and ustream.c of openwrt/libubox 1aa36ee774c8db4d7a396903e0d2e1fb79ee8bf1 (2026-02-13)
# usage: ustream-ssl.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/ustream-ssl (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0): git archive of ustream-ssl into $R/ustream-ssl/src, of libubox
# into $R/ustream-ssl/libubox, and a symlink $R/ustream-ssl/include/libubox -> ../libubox, so that
# <libubox/ustream.h> resolves (CMake's FIND_PATH(ubox_include_dir libubox/ustream.h)). No configure
# step; the flags are CMakeLists.txt's for the default (OpenSSL) backend: neither -DMBEDTLS nor
# -DWOLFSSL, so no HAVE_MBEDTLS/HAVE_WOLFSSL, SSL_SRC = ustream-io-openssl.c ustream-openssl.c, --std=gnu99.
# Files: the OpenSSL backend (ustream-openssl.c: SSL_accept/SSL_connect, SSL_read, SSL_write,
# SSL_shutdown; ustream-openssl.h: ERR_error_string of the saved error), its BIO over a ustream or an
# fd (ustream-io-openssl.c), the backend-neutral front that drives it from uloop/ustream callbacks
# (ustream-ssl.c), and libubox's ustream.c, which calls the front's write/poll through ustream ops.
# The examples (ustream-example-*.c) are left out; uhttpd is another repository.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/ustream-ssl" ] || { echo "$0: $R/ustream-ssl: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/ustream-ssl/src
exec "$BIN" "$@" -j2 \
  $S/ustream-openssl.c $S/ustream-io-openssl.c $S/ustream-ssl.c $R/ustream-ssl/libubox/ustream.c \
  -- --std=gnu99 -I$R/ustream-ssl/include -I$R/ustream-ssl/libubox -I$S
