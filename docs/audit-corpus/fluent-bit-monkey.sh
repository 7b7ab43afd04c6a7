#!/bin/sh
# ossl-lint side run on fluent-bit d55459d492c5c019c0f7dc24db42e69ef47a5437 (2026-08-21): the bundled
# Monkey HTTP server's OpenSSL transport, lib/monkey/tls/tls_openssl.c. It is compiled into
# monkey-core-static, but fluent-bit never starts a Monkey server (no mk_create/mk_start in src/ or
# plugins/), so this code is not reached from fluent-bit; see fluent-bit.md, appendix.
# usage: fluent-bit-monkey.sh [CHECKER] [CHECKER ARGS...]; same prepared tree as fluent-bit.sh
# (flags: compile_commands.json's for lib/monkey/tls/tls_openssl.c, minus -D__FILENAME__/-D__FLB_FILENAME__)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/fluent-bit" ] || { echo "$0: $R/fluent-bit: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/fluent-bit/src
exec "$BIN" "$@" -j2 \
  $S/lib/monkey/tls/tls_openssl.c \
  -- \
  -DFLB_EVENT_LOOP_AUTO_DISCOVERY -DFLB_HAVE_CHUNK_TRACE -DFLB_HAVE_IN_STORAGE_BACKLOG \
  -DFLB_HAVE_PARSER -DFLB_HAVE_RECORD_ACCESSOR -DFLB_HAVE_SIMD -DFLB_HAVE_STREAM_PROCESSOR \
  -DFLB_HAVE_SYS_WAIT_H -DFLB_HAVE_UNICODE_ENCODER -DFLB_HAVE_YYJSON -DFLB_SYSTEM_LINUX \
  -DJSMN_PARENT_LINKS -DJSMN_STRICT -DMK_HAVE_ACCEPT4 -DMK_HAVE_BACKTRACE -DMK_HAVE_C_TLS \
  -DMK_HAVE_TLS -DMK_HAVE_VALGRIND -DMPACK_EXTENSIONS=1 -DMSGPACK_EMBED_STACK_SIZE=64 \
  -DNGHTTP2_STATICLIB -I$S/build/lib/monkey/include/monkey -I$S/build/lib/monkey/include \
  -I$S/lib/monkey/include/monkey -I$S/lib/monkey/include -I$S/lib/monkey/deps/regex \
  -I$S/lib/monkey/deps/flb_libco -I$S/lib/monkey/deps/rbtree -I$S/lib/monkey/. \
  -I$S/build/generated/include -I$S/include -I$S/lib -I$S/lib/fluent-otel-proto/include \
  -I$S/lib/fluent-otel-proto/proto_c -I$S/lib/cfl/include -I$S/lib/cfl/lib/xxhash \
  -I$S/lib/flb_libco -I$S/lib/rbtree -I$S/lib/chunkio/include -I$S/build/lib/chunkio/include \
  -I$S/lib/mpack-amalgamation-1.1.1/src -I$S/lib/miniz -I$S/lib/snappy-fef67ac \
  -I$S/lib/cmetrics/include -I$S/lib/ctraces/include -I$S/lib/cprofiles/include \
  -I$S/lib/lwrb/lwrb/src/include -I$S/build/lib/jansson-e23f558/include -I$S/build/lib/cmetrics \
  -I$S/build/lib/cprofiles/include -I$S/build/include -I$S/lib/tutf8e/include \
  -I$S/lib/msgpack-c/include -I$S/lib/zstd-1.5.7/lib -I$S/lib/nghttp2-1.65.0/lib/includes \
  -I$S/build/lib/nghttp2 -I$S/build/lib/nghttp2/lib/includes -I$S/lib/c-ares-1.34.6/include \
  -I$S/build/lib/c-ares-1.34.6 -std=gnu99
