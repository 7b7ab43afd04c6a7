#!/bin/sh
# ossl-lint audit of lighttpd2 (github.com/lighttpd/lighttpd2, branch master)
# 519b4eb04b171028c45653d332572c59b0422e5f (2026-06-28, "[core] retrieve memory usage on NetBSD
# (fixes 3138, thx devnexen)")
# usage: lighttpd2.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/lighttpd2 (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libglib2.0-dev libev-dev libidn-dev
# liblua5.4-dev libunwind-dev libbz2-dev zlib1g-dev libgnutls28-dev ragel meson ninja-build
# pkg-config): git archive of the commit into $R/lighttpd2/src, then in src:
#   meson setup build   (default options: lua, unwind, openssl, gnutls, sni, bzip2, deflate on;
#   only configures: writes build/include/lighttpd/config.h; nothing is built); the flags are
#   build/compile_commands.json's for libmod_openssl.so (-DUSE_SNI from the sni option) and
#   liblighttpd2-shared (-I/usr/include/lua5.4), joined: -std=c99, the large-file defines,
#   -pthread, glib's include dirs and -isystem include -isystem build/include (no -DHAVE_CONFIG_H:
#   include/lighttpd/settings.h includes <lighttpd/config.h> itself)
# Files: the OpenSSL layer, src/modules/openssl_filter.c (the filter between the socket's
# streams and the plain streams: SSL_do_handshake/SSL_read/SSL_write/SSL_shutdown over the
# project's own "lighttpd stream glue" BIO method, classified with SSL_get_error in
# do_handle_error) and src/modules/mod_openssl.c (SSL_CTX setup, openssl_con_new ->
# li_openssl_filter_new, the handshake/close callbacks, openssl_setenv); the stream and
# connection code they use, which calls the filter's stream callbacks through liStream's cb
# pointer: src/main/stream.c (li_stream_notify/connect/disconnect/again_later),
# src/main/stream_simple_socket.c (the socket I/O feeding the crypt streams),
# src/main/connection_tcp.c (li_connection_simple_tcp, mod_openssl's tcp_io_cb) and
# src/main/connection.c (the connection's streams and the con_sock callbacks).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/lighttpd2" ] || { echo "$0: $R/lighttpd2: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/lighttpd2/src
exec "$BIN" "$@" -j2 \
  $S/src/modules/openssl_filter.c $S/src/modules/mod_openssl.c $S/src/main/stream.c \
  $S/src/main/stream_simple_socket.c $S/src/main/connection_tcp.c $S/src/main/connection.c \
  -- -std=c99 -D_FILE_OFFSET_BITS=64 -D_LARGEFILE_SOURCE -D_LARGE_FILES -DUSE_SNI -pthread \
  -isystem $S/include -isystem $S/build/include -I/usr/include/glib-2.0 \
  -I/usr/lib/x86_64-linux-gnu/glib-2.0/include -I/usr/include/lua5.4
