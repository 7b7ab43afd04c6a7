#!/bin/sh
# ossl-lint audit of sol (github.com/codepr/sol, branch master) 373d84877d22031b45a7f3599297f691eab09230
# (2024-12-12, "Add basic github workflows"), in place of MQTT-C (LiamBindle/MQTT-C 7a986a6,
# 2022-10-27), whose OpenSSL PAL (src/mqtt_pal.c under MQTT_USE_BIO) reads and writes an SSL BIO
# with BIO_read/BIO_write and BIO_should_retry and calls no SSL_read/SSL_write/SSL_get_error (its
# handshake, BIO_do_connect/BIO_do_handshake, is in examples/templates/openssl_sockets.h): sol is
# the same kind of project, an MQTT implementation in C (a broker), and does its TLS I/O with
# SSL_accept/SSL_read/SSL_write itself
# usage: sol.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/sol (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): git archive of the commit into
# $R/sol/src; nothing to configure (CMake with no config header: CMakeLists.txt's
# add_definitions -D_DEFAULT_SOURCE and the release build's CMAKE_C_FLAGS -pedantic -std=c11 -O3;
# -Wall -Wunused -Werror -Wno-unused-result left out)
# Files: every source of the sol program (CMakeLists.txt's file(GLOB src/*.c)): src/network.c
# (create_ssl_context/load_certificates; ssl_accept: SSL_new, SSL_set_fd and one SSL_accept on
# the non-blocking socket after ERR_clear_error; ssl_send_bytes/ssl_recv_bytes: SSL_write/
# SSL_read loops after ERR_clear_error, classified with SSL_get_error; the conn_tls_* functions
# installed in struct connection's pointers, and send_data/recv_data that call them), src/server.c
# (recv_packet/write_data, the epoll read and write callbacks that act on the EAGAIN they return,
# and the TLS context setup), src/handlers.c, src/ev.c, src/sol.c and the rest of the program
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/sol" ] || { echo "$0: $R/sol: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/sol/src/src
exec "$BIN" "$@" -j2 \
  $S/network.c $S/server.c $S/handlers.c $S/ev.c $S/sol.c $S/config.c $S/mqtt.c $S/pack.c \
  $S/bst.c $S/iterator.c $S/list.c $S/logging.c $S/memory.c $S/memorypool.c $S/subscriber.c \
  $S/topic.c $S/topic_store.c $S/trie.c $S/util.c \
  -- -D_DEFAULT_SOURCE -pedantic -std=c11 -O3 -I$S
