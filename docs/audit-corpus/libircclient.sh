#!/bin/sh
# ossl-lint audit of libircclient (github.com/mir-ror/libircclient, branch master) 512b6ac541310c9195adc9cabcbc6fca8b243a37 (2016-05-04, "Version 1.9 released")
# usage: libircclient.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/libircclient (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): git archive --prefix=src/ of the commit
# into $R/libircclient (the repository keeps the library in libircclient/, so the tree is
# $R/libircclient/src/libircclient); in that directory
# `ac_cv_lib_ssl_SSL_library_init=yes ./configure --enable-openssl` writes src/config.h and
# src/Makefile (the cache variable because configure looks for SSL_library_init in -lssl, a
# macro since OpenSSL 1.1); the flags are src/Makefile's: -DIN_BUILDING_LIBIRC -DENABLE_THREADS
# -D_REENTRANT -DENABLE_SSL -I../include (optimisation flags left out)
# Files: src/libircclient.c, the library's one compilation unit: it #includes portable.c,
# sockets.c, utils.c, errors.c, colors.c, dcc.c and ssl.c (the SSL_CTX set-up, ssl_init() with
# SSL_new/SSL_set_fd/SSL_set_connect_state, ssl_recv() and ssl_send() doing SSL_read/SSL_write
# with ERR_clear_error() and SSL_get_error()), and the callers: irc_connect(),
# irc_process_select_descriptors() and the session's socket read/write paths.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/libircclient" ] || { echo "$0: $R/libircclient: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/libircclient/src/libircclient
exec "$BIN" "$@" -j2 \
  $S/src/libircclient.c \
  -- -DIN_BUILDING_LIBIRC -DENABLE_THREADS -D_REENTRANT -DENABLE_SSL -I$S/include -I$S/src
