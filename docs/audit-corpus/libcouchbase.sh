#!/bin/sh
# ossl-lint audit of libcouchbase (github.com/couchbase/libcouchbase, branch master)
# 3ff90efc9e9ec3fbeda035315d5a84e51aaaf934 (2026-05-15, "CCBC-1685: introduce LCB_UNCOMMITTED_API
# and apply it to lcb_trim_memory")
# usage: libcouchbase.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/libcouchbase (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev cmake; libevent-dev, libev-dev and
# libuv1-dev only for the plugins' targets): git archive of the commit into $R/libcouchbase/src,
# then in src:
#   mkdir build && cd build && cmake .. -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DLCB_NO_TESTS=1
#   -DLCB_NO_MOCK=1 -DLCB_BUILD_DTRACE=OFF   (only configures: writes build/generated/config.h
#   and the version headers; "SSL Found: 3.0.22"; nothing is built)
# the flags are compile_commands.json's for the lcbssl and lcbio targets (-DLIBCOUCHBASE_INTERNAL=1
# -DHAVE_VISIBILITY, the include path, -pthread -std=gnu99; the warnings and -fvisibility left out)
# Files: the C files of the TLS layer, src/ssl/ (C files only: the rest of lcbio is C++):
# ssl_c.c (the completion-model table: SSL_write in Cssl_write2 and appdata_encode, SSL_read in
# appdata_read, the unchecked SSL_peek of schedule_wants, all over two memory BIOs pumped by
# read_callback/write_callback), ssl_e.c (the event-model table: Essl_recv/Essl_send with
# SSL_read/SSL_write, schedule_pending, read_ssl_data/flush_ssl_data moving the memory BIOs'
# bytes), ssl_common.c (iotssl_init_common: SSL_new, SSL_set_bio of two BIO_s_mem,
# SSL_set_connect_state; iotssl_maybe_error, the one classifier: SSL_get_error for -1, wants
# retried, else iotssl_log_errors drains the queue into the socket's error code; the SSL_CTX
# setup), and src/lcbio/iotable.c, the C I/O table the SSL tables wrap; the callers of the
# tables' function pointers (lcbio/ctx.cc, connect.cc) are C++ and not part of the run
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/libcouchbase" ] || { echo "$0: $R/libcouchbase: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/libcouchbase/src
exec "$BIN" "$@" -j2 \
  $S/src/ssl/ssl_c.c $S/src/ssl/ssl_e.c $S/src/ssl/ssl_common.c $S/src/lcbio/iotable.c \
  -- -DLIBCOUCHBASE_INTERNAL=1 -DHAVE_VISIBILITY -I$S -I$S/src -I$S/contrib/cbsasl/include \
  -I$S/contrib -I$S/include -I$S/build/generated -isystem $S/contrib/HdrHistogram_c/src \
  -pthread -std=gnu99
