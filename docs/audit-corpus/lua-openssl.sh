#!/bin/sh
# ossl-lint audit of lua-openssl (github.com/zhaozg/lua-openssl, branch master)
# cd5d0395a38b82528d816b8f51b7c4cc556edd8e (2026-05-13, "fixup for ubuntu 24.04.4 with OpenSSL
# v3.0.x")
# usage: lua-openssl.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/lua-openssl (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev liblua5.4-dev pkg-config): git archive of
# the commit into $R/lua-openssl/src, and of its two submodules at the commits the tree pins:
# deps/auxiliar = github.com/zhaozg/lua-auxiliar 32bf4073ebbd949ef76bbfdd0e973d735a70526d,
# deps/lua-compat = github.com/lunarmodules/lua-compat-5.3 (keplerproject's, renamed)
# 1f6b82a08574b66995181889b786fd22a003f7d3; nothing to configure (plain Makefile, no config
# header); the flags are the Makefile's CFLAGS on Linux: -fPIC, `pkg-config openssl --cflags`
# (empty) and `pkg-config lua --cflags` (-I/usr/include/lua5.4), -Ideps -Ideps/lua-compat/c-api
# -Ideps/auxiliar; no -std: gcc's default gnu17
# Files: the TLS layer src/ssl.c (the Lua methods ssl:accept/connect/handshake/read/peek/write/
# renegotiate/shutdown, each classifying its one I/O call with SSL_get_error in
# openssl_ssl_pushresult; SSL_CTX setup), and its helpers: src/callback.c (the verify and
# certificate callbacks that run inside the handshake), src/ssl_pqc.c (the ssl module's
# sigalgs/groups methods, LOAD_SSL_CUSTOM), src/bio.c (the SSL BIO: BIO_f_ssl, bio:handshake's
# BIO_do_handshake, bio:read/write over an SSL), src/misc.c (openssl_pushresult, which reports
# a failure with ERR_get_error), src/openssl.c (the module: openssl.errors/clear_error, the only
# ERR_clear_error calls) and deps/auxiliar (the class and argument helpers every method calls).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/lua-openssl" ] || { echo "$0: $R/lua-openssl: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/lua-openssl/src
exec "$BIN" "$@" -j2 \
  $S/src/ssl.c $S/src/callback.c $S/src/ssl_pqc.c $S/src/bio.c $S/src/misc.c $S/src/openssl.c \
  $S/deps/auxiliar/auxiliar.c $S/deps/auxiliar/subsidiar.c \
  -- -fPIC -I/usr/include/lua5.4 -I$S/deps -I$S/deps/lua-compat/c-api -I$S/deps/auxiliar
