#!/bin/sh
# ossl-lint audit of nats.c (github.com/nats-io/nats.c, branch main)
# 2d4db4a36ecf5cbdf04c836fb823696dd5c2a7fb (2026-08-20)
# usage: nats.c.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/nats.c (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0): git archive of the commit into $R/nats.c/src; nothing else.
#   CMake writes no header the library needs: the flags are those of the compilation database of
#   cmake -S src -B build -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DNATS_BUILD_EXAMPLES=OFF
#   -DBUILD_TESTING=OFF -DNATS_BUILD_LIB_STATIC=OFF (defaults otherwise: NATS_BUILD_WITH_TLS=ON,
#   NATS_BUILD_TLS_FORCE_HOST_VERIFY=ON, no streaming, no libsodium), one set for all 43 units.
# Files: the whole library (the 43 units of the shared library): comsock.c (natsSock_Read and
#   natsSock_Write: SSL_read/SSL_write with SSL_get_error), conn.c (_makeTLSConn: SSL_new, the
#   SSL setup and SSL_do_handshake; the connect and reconnect loops, the read loop, the flusher and
#   the event-loop handlers that call them), opts.c (the SSL_CTX and its certificates), pub.c,
#   sub.c, js.c, kv.c, micro*.c, ... (the public API that writes through natsConn_bufferFlush),
#   glib/ (the SSL library initialisation) and unix/ (sockets, threads).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/nats.c" ] || { echo "$0: $R/nats.c: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/nats.c/src/src
exec "$BIN" "$@" -j2 \
  $S/asynccb.c $S/buf.c $S/comsock.c $S/conn.c $S/crypto.c $S/dispatch.c $S/glib/glib.c \
  $S/glib/glib_async_cb.c $S/glib/glib_dispatch_pool.c $S/glib/glib_gc.c \
  $S/glib/glib_last_error.c $S/glib/glib_ssl.c $S/glib/glib_timer.c $S/hash.c $S/js.c $S/jsm.c \
  $S/kv.c $S/micro.c $S/micro_client.c $S/micro_endpoint.c $S/micro_error.c $S/micro_monitoring.c \
  $S/micro_request.c $S/msg.c $S/nats.c $S/natstime.c $S/nkeys.c $S/nuid.c $S/object.c $S/opts.c \
  $S/parser.c $S/pub.c $S/srvpool.c $S/stats.c $S/status.c $S/sub.c $S/timer.c $S/unix/cond.c \
  $S/unix/mutex.c $S/unix/sock.c $S/unix/thread.c $S/url.c $S/util.c \
  -- -std=gnu99 -DNDEBUG -DLINUX -DNATS_FORCE_HOST_VERIFICATION -DNATS_HAS_TLS -D_GNU_SOURCE \
     -D_REENTRANT -Dnats_EXPORTS -I$S/include -I$S/unix -I$S/glib -I$S
