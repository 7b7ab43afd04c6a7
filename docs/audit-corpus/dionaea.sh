#!/bin/sh
# ossl-lint audit of dionaea (github.com/DinoTools/dionaea, branch master) 4e459f1b672a5b4c1e8335c0bff1b93738019215 (2021-02-08, "git - Merge pull request #320 from Jc2k/hpfeeds_fix_reconnect")
# usage: dionaea.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/dionaea (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libglib2.0-dev libev-dev libudns-dev python3-dev cmake):
# git archive --prefix=src/ of the commit into $R/dionaea (the tree is $R/dionaea/src); then in
# $R/dionaea/build: cmake ../src -DWITH_MODULE_EMU=OFF -DWITH_MODULE_NFQ=OFF -DWITH_MODULE_PCAP=OFF
# -DWITH_MODULE_CURL=OFF (only for build/config.h from config.h.cmake; nothing is built); the flags are
# the dionaea target's in build/compile_commands.json (-Ddionaea_EXPORTS, -I build, -I src/.., -I include,
# glib's include dirs, -D_GNU_SOURCE -std=gnu11).
# Files: the honeypot daemon's core, all of src/src/*.c (the dionaea executable's sources in
# src/CMakeLists.txt). TLS is the server side of emulated services (and outgoing connections the Python
# modules ask for), non-blocking, one libev loop in the main thread (threads.c runs processors/workers
# that hand data back to the loop): connection_tls.c has the SSL_accept()/SSL_connect() handshakes
# (connection_tls_accept_cb/connection_tls_connect_cb), SSL_read() in connection_tls_io_in_cb(), SSL_write()
# in connection_tls_io_out_cb(), SSL_shutdown() in connection_tls_shutdown_cb() and connection_tls_error()
# (which drains with ERR_get_error() into the connection's error text); connection_dtls.c does DTLS over
# UDP through memory BIOs (SSL_read()/SSL_write()/SSL_do_handshake() in connection_dtls_io_in_cb() and
# friends); connection.c dispatches by transport and reaches the TLS callbacks; ssl.c makes the SSL_CTX,
# the self-signed certificate and the DH/ECDH parameters; the rest (dionaea.c main, processor.c,
# threads.c, incident.c, log.c, ...) is the daemon around them.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/dionaea" ] || { echo "$0: $R/dionaea: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/dionaea/src
C=$S/src
exec "$BIN" "$@" -j2 \
  $C/connection_tls.c $C/connection_dtls.c $C/connection.c $C/connection_tcp.c $C/connection_udp.c \
  $C/ssl.c $C/dionaea.c $C/bistream.c $C/dns.c $C/incident.c $C/log.c $C/modules.c $C/node_info.c \
  $C/pchild.c $C/processor.c $C/refcount.c $C/signals.c $C/threads.c $C/util.c \
  -- -Ddionaea_EXPORTS -I$R/dionaea/build -I$S -I$S/include -I/usr/include/glib-2.0 \
  -I/usr/lib/x86_64-linux-gnu/glib-2.0/include -D_GNU_SOURCE -std=gnu11 -g
