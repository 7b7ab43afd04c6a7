#!/bin/sh
# ossl-lint audit of rspamd (github.com/rspamd/rspamd, branch master)
# eaac8e914ef09f837fe53cc4973e0b2312ab1118 (2026-08-21, "Merge pull request #6198 from
# c-rosenberg/fix/url-redirector-map-gate")
# usage: rspamd.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/rspamd (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libglib2.0-dev libluajit-5.1-dev
# libicu-dev libpcre2-dev libsqlite3-dev libsodium-dev libarchive-dev libmagic-dev libzstd-dev
# libev-dev zlib1g-dev ragel cmake perl): git archive of the commit into $R/rspamd/src, then in src:
#   cmake -S . -B build -DENABLE_HYPERSCAN=OFF -DENABLE_BACKWARD=OFF   (only configures: writes
#   build/src/config.h and build/src/libcryptobox/platform_config.h; nothing is built); the flags
#   are build/src/CMakeFiles/rspamd-server.dir/flags.make's C_DEFINES and C_INCLUDES (the ones the
#   three files need) and its -std=gnu11
# Files: the OpenSSL layer, src/libserver/ssl_util.c (SSL_connect/SSL_accept handshakes driven
# by libev in rspamd_ssl_event_handler, rspamd_ssl_read/write/writev classifying SSL_read/
# SSL_write with SSL_get_error, SSL_shutdown in rspamd_ssl_shutdown), and its only C callers:
# src/libserver/http/http_connection.c (the HTTP client/server: rspamd_ssl_connect_fd/
# accept_fd, rspamd_ssl_read/writev from its libev read/write handlers) and src/lua/lua_tcp.c
# (the Lua TCP API: rspamd_ssl_connect_fd, rspamd_ssl_read/writev); the C++ sources are skipped.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/rspamd" ] || { echo "$0: $R/rspamd: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/rspamd/src
exec "$BIN" "$@" -j2 \
  $S/src/libserver/ssl_util.c $S/src/libserver/http/http_connection.c $S/src/lua/lua_tcp.c \
  -- -std=gnu11 -DHAVE_CONFIG_H -DLINUX -DU_CHARSET_IS_UTF8 -D_GNU_SOURCE -DFMT_HEADER_ONLY \
  -DZSTD_DISABLE_DEPRECATE_WARNINGS -I$S/build/src -I$S/build/src/libcryptobox -I$S -I$S/src \
  -I$S/src/libutil -I$S/src/libserver -I$S/src/libmime -I$S/src/libstat -I$S/src/libcryptobox \
  -I$S/contrib/libucl -I$S/contrib/uthash -I$S/contrib/http-parser -I$S/contrib/fpconv \
  -I$S/contrib/libottery -I$S/contrib/cdb -I$S/contrib/snowball/include -I$S/contrib/librdns \
  -I$S/contrib/aho-corasick -I$S/contrib/lc-btrie -I$S/contrib/lua-lpeg -I$S/contrib/hiredis \
  -I$S/contrib/xxhash -I/usr/include/luajit-2.1 -I/usr/include/glib-2.0 \
  -I/usr/lib/x86_64-linux-gnu/glib-2.0/include
