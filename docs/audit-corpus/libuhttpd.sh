#!/bin/sh
# ossl-lint audit of libuhttpd (github.com/zhaojh329/libuhttpd, branch master)
# 814e69715a2a11917676bdff10b4356abe9a895c (2024-10-26, "chore: bump version 3.14.2"), in place of
# libevhtp (criticalstack/libevhtp f78d0a8, 2019-08-02; Yellow-Camper/libevhtp is the same
# history), whose TLS I/O is libevent's bufferevent_openssl (evhtp.c calls no SSL_read/SSL_write/
# SSL_do_handshake; libevent is audited as libevent.sh): libuhttpd is the same kind of library, an
# event-driven (libev) embeddable HTTP server in C, and does its own OpenSSL I/O
# usage: libuhttpd.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/libuhttpd (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libev-dev cmake): git archive of the commit
# into $R/libuhttpd/src, then its four submodules at their pinned commits: zhaojh329/ssl 65eb460
# (2024-05-14) into src/src/ssl, zhaojh329/buffer 1237374 (2021-08-29) into src/src/buffer,
# zhaojh329/log 1aa7ee8 (2021-12-22) into src/src/log, nodejs/http-parser a0c034c (v2.9.3) into
# src/src/http-parser; then in src: mkdir build && cd build && cmake ..   (only configures:
# writes build/src/config.h with SSL_SUPPORT; OpenSSL found first, so the backend is
# src/ssl/openssl.c with -DHAVE_OPENSSL; nothing is built); the flags are the union of the
# compile database's for the xssl and uhttpd targets (-DHAVE_OPENSSL for openssl.c, -DHAVE_DLOPEN
# for the library, -D_GNU_SOURCE -D_FILE_OFFSET_BITS=64 -O --std=gnu99 and the include dirs;
# -Wall -Werror -fPIC left out)
# Files: the OpenSSL backend src/ssl/openssl.c (ssl_session_new: SSL_new, SSL_set_fd;
# ssl_handshake behind ssl_accept/ssl_connect: SSL_accept/SSL_connect after ERR_clear_error,
# classified with SSL_get_error; ssl_read/ssl_write: SSL_read/SSL_write after ERR_clear_error,
# classified; ssl_last_error_string: describes the failure from the queue; ssl_session_free:
# SSL_shutdown), the connection layer src/connection.c (ssl_negotiated, conn_ssl_read,
# conn_write_cb, conn_read_cb: the libev callbacks that drive them; uh_new_connection), the
# buffer helper src/buffer/buffer.c (buffer_put_fd_ex, which calls conn_ssl_read through its rd
# parameter) and src/uhttpd.c (the server's SSL_CTX setup through ssl_context_new and the
# certificate loaders); file.c and cgi.c only fill the write buffer
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/libuhttpd" ] || { echo "$0: $R/libuhttpd: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/libuhttpd/src
exec "$BIN" "$@" -j2 \
  $S/src/ssl/openssl.c $S/src/connection.c $S/src/buffer/buffer.c $S/src/uhttpd.c \
  -- -DHAVE_OPENSSL -DHAVE_DLOPEN -D_FILE_OFFSET_BITS=64 -D_GNU_SOURCE -O --std=gnu99 \
  -I$S/build/src -I$S/src -I$S/src/http-parser -I$S/src/buffer -I$S/src/log
