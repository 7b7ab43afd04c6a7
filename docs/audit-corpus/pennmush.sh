#!/bin/sh
# ossl-lint audit of pennmush (github.com/pennmush/pennmush, branch master) e15120473393b196e0ff135a9e30c463484c1d08 (2025-02-19, "Merge pull request #1425 from pennmush/issue-1424")
# usage: pennmush.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/pennmush (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libpcre2-dev libcurl4-openssl-dev zlib1g-dev
#   libevent-dev): git archive of the commit into $R/pennmush/src, without src/sqlite3.c (the
#   snapshot lacks that blob; `git archive HEAD -- ':!src/sqlite3.c'`, not in the run); then, in
#   src, a stand-in pcre2-10.43/ (configure.in untars and configures PCRE2 10.43 from a download:
#   `mkdir -p pcre2-10.43/src && touch pcre2-10.43/src/pcre2_context.c` and a pcre2-10.43/configure
#   that exits 0; the run takes Debian's pcre2.h) and `./configure --disable-ssl_slave
#   --disable-sql` (writes config.h: HAVE_SSL, HAVE_DH_SET0_PQG, HAVE_LIBCURL, INFO_SLAVE, no
#   SSL_SLAVE). Without SSL_SLAVE the game process itself serves the SSL port with myssl.c, the
#   build this run takes; with it (configure's default where libevent_openssl is found) the port is
#   served by the ssl_slave process over libevent's bufferevent_openssl, whose TLS I/O is
#   libevent's, and myssl.c's I/O functions are dead code. The flags are src/Makefile's CCFLAGS:
#   -I.. -I../hdrs -include ../config.h -include ../confmagic.h -include ../options.h -pthread
#   -funsigned-char.
# Files: myssl.c is the SSL layer (ssl_init: the SSL_CTX; ssl_setup_socket: SSL_new over a
#   non-blocking socket BIO; ssl_listen/ssl_accept with SSL_accept, ssl_handshake with
#   SSL_do_handshake, ssl_read with SSL_read, ssl_write with SSL_write, each classified with
#   SSL_get_error into a state word; ssl_close_connection with SSL_shutdown; ssl_errordump with
#   ERR_print_errors); bsd.c is its caller (the select loop shovechars, initializesock,
#   network_send_ssl/process_output, process_input, shutdownsock, emergency_shutdown); notify.c
#   and websock.c call process_output; game.c calls ssl_init; funcrypt.c, mycrypt.c, websock.c and
#   htab.c are the game's other OpenSSL users (softcode digest/hmac/encrypt/base64 functions,
#   password hashing, the WebSocket handshake's SHA-1), run in the same thread as the network loop.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/pennmush" ] || { echo "$0: $R/pennmush: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/pennmush/src
exec "$BIN" "$@" -j2 \
  $S/src/myssl.c $S/src/bsd.c $S/src/notify.c $S/src/websock.c $S/src/game.c \
  $S/src/funcrypt.c $S/src/mycrypt.c $S/src/htab.c \
  -- -I$S -I$S/hdrs -include $S/config.h -include $S/confmagic.h -include $S/options.h \
  -pthread -funsigned-char
