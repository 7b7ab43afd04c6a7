#!/bin/sh
# ossl-lint audit of EPIC5 (github.com/ailin-nemui/epic5, branch master; the crawled mirror of the
# EPIC5 IRC client -- epicsoft/epic5 itself could not be fetched; kintoen/epic5 stops in 2015)
# 87a0d7141c1815e71c810ca5d0903c467ed4c265 (2025-12-19)
# usage: epic5.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/epic5 (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0): git archive of the commit into $R/epic5/src, then in src:
#   ./configure   (SSL support: yes -> include/defs.h HAVE_SSL 1; nothing is built);
#   the flags are source/Makefile's .c.o rule: DEFS (-DHAVE_CONFIG_H, unused by that rule but
#   harmless) and INCLUDES (-I../include, here absolute); CFLAGS' -I/usr/local/include is empty;
#   -DIRCLIB is the irc.o rule's own flag (IRCLIB = $(epic5dir) = /usr/local/share/epic5)
# Files: the OpenSSL backend (source/ssl.c: SSL_connect, SSL_read, SSL_write, SSL_shutdown,
# SSL_get_error behind ssl_startup/ssl_connect/ssl_read/ssl_write/ssl_shutdown), the newio layer
# that registers ssl_read/ssl_connect as the per-fd I/O callbacks and closes them (source/newio.c),
# the server layer that starts TLS, classifies the connect result and writes with ssl_write
# (source/server.c), the socket layer (source/network.c), the main loop (source/irc.c) and the
# /ENCRYPT ciphers on OpenSSL EVP that drain the error queue (source/crypto.c).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/epic5" ] || { echo "$0: $R/epic5: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/epic5/src
exec "$BIN" "$@" -j2 \
  $S/source/ssl.c $S/source/newio.c $S/source/server.c $S/source/network.c $S/source/irc.c \
  $S/source/crypto.c \
  -- -DHAVE_CONFIG_H -DIRCLIB=\"/usr/local/share/epic5/\" -I$S/include
