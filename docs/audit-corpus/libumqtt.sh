#!/bin/sh
# ossl-lint audit of libumqtt (github.com/zhaojh329/libumqtt, branch master) e64db616a3c2bed6dca0df670a4586f00aacbf90 (2024-08-29, "Merge pull request #17 from metratec/binary-will")
# usage: libumqtt.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/libumqtt (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libev-dev cmake): git archive of the commit
# into $R/libumqtt/src (git archive --prefix=src/), then its three submodules at their pinned
# commits: zhaojh329/ssl 63cdf7739d3db7fb144e3a7f5f3618e6edf27aff (2021-04-29, "ssl_session_free:
# check argument") into src/src/ssl, zhaojh329/buffer daf3bb350193b866531f0af7e7ec4227b0dbeba0
# (2021-05-23) into src/src/buffer, zhaojh329/log 1b9be708f0b57978a5d02bc381deb19668107917
# (2021-05-13) into src/src/log; then in src: mkdir build && cd build && cmake
# -DCMAKE_EXPORT_COMPILE_COMMANDS=ON ..   (only configures: writes build/src/config.h with
# SSL_SUPPORT; OpenSSL is found first, so the backend is src/ssl/openssl.c with -DHAVE_OPENSSL;
# nothing is built); the flags are the union of the compile database's for the xssl and umqtt
# targets (-DHAVE_OPENSSL for openssl.c, -Dumqtt_EXPORTS, -D_GNU_SOURCE -O --std=gnu99 and the
# include dirs; -Wall -Werror -fPIC left out)
# Files: the OpenSSL backend src/ssl/openssl.c (ssl_context_new and the certificate loaders;
# ssl_session_new: SSL_new, SSL_set_fd; ssl_connect: SSL_connect/SSL_accept after ERR_clear_error,
# classified with SSL_get_error; ssl_write/ssl_read: SSL_write/SSL_read after ERR_clear_error,
# classified with SSL_get_error when negative, the code kept in the global ssl_err_code;
# ssl_strerror: ERR_error_string of a code; ssl_session_free: SSL_shutdown), the MQTT client
# src/umqtt.c (umqtt_init: non-blocking tcp_connect and ssl_session_new; the libev callbacks
# umqtt_io_read_cb/umqtt_io_write_cb driving ssl_negotiated, umqtt_ssl_read and ssl_write) and
# the buffer helper src/buffer/buffer.c (buffer_put_fd_ex, which calls umqtt_ssl_read through its
# rd parameter). Left out: utils.c (tcp_connect, no OpenSSL), log/log.c, the Lua binding and the
# example (they only call the public umqtt_new/umqtt_load_* functions; no TLS I/O of their own).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/libumqtt" ] || { echo "$0: $R/libumqtt: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/libumqtt/src
exec "$BIN" "$@" -j2 \
  $S/src/ssl/openssl.c $S/src/umqtt.c $S/src/buffer/buffer.c \
  -- -DHAVE_OPENSSL -Dumqtt_EXPORTS -D_GNU_SOURCE -O --std=gnu99 \
  -I$S/build/src -I$S/src/buffer -I$S/src/log
