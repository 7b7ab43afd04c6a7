#!/bin/sh
# ossl-lint audit of fluent-bit d55459d492c5c019c0f7dc24db42e69ef47a5437 (2026-08-21)
# usage: fluent-bit.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/fluent-bit (docs/audit-corpus/README.md)
# preparation: git archive of the commit into $R/fluent-bit/src, leaving out
#   lib/sqlite-amalgamation-3510100/sqlite3.c (over 4 MiB, not in the snapshot), then in src:
#   cmake -B build -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DFLB_SQLDB=Off \
#     -DFLB_WASM=Off -DFLB_LUAJIT=Off -DFLB_ZIG=Off -DFLB_EXAMPLES=Off -DFLB_SHARED_LIB=Off -DFLB_KAFKA=Off
# (generates include/fluent-bit/flb_info.h, flb_version.h, build/generated/include/fluent-bit/flb_plugins.h
#  and the bundled libraries' config headers under build/lib; flags below are compile_commands.json's
#  for src/tls/flb_tls.c, which #includes src/tls/openssl.c)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/fluent-bit" ] || { echo "$0: $R/fluent-bit: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/fluent-bit/src
exec "$BIN" "$@" -j2 \
  $S/src/tls/flb_tls.c $S/src/flb_io.c $S/src/flb_upstream.c $S/src/flb_downstream.c \
  $S/src/flb_connection.c $S/src/flb_network.c $S/src/flb_http_client.c $S/src/flb_crypto.c \
  $S/src/flb_hash.c $S/src/flb_hmac.c $S/src/flb_fips.c \
  -- \
  -DFLB_CORE=1 -DFLB_DUMP_STACKTRACE=1 -DFLB_EVENT_LOOP_AUTO_DISCOVERY -DFLB_HAVE_ACCEPT4 \
  -DFLB_HAVE_ATTRIBUTE_ALLOC_SIZE -DFLB_HAVE_AWS -DFLB_HAVE_AWS_CREDENTIAL_PROCESS \
  -DFLB_HAVE_CHUNK_TRACE -DFLB_HAVE_C_TLS -DFLB_HAVE_FORK -DFLB_HAVE_GETENTROPY \
  -DFLB_HAVE_GETENTROPY_SYS_RANDOM -DFLB_HAVE_GMTOFF -DFLB_HAVE_HTTP_SERVER -DFLB_HAVE_INOTIFY \
  -DFLB_HAVE_IN_STORAGE_BACKLOG -DFLB_HAVE_LIBBACKTRACE -DFLB_HAVE_LIBYAML \
  -DFLB_HAVE_LITTLE_ENDIAN_SYSTEM -DFLB_HAVE_METRICS -DFLB_HAVE_OPENSSL -DFLB_HAVE_PARSER \
  -DFLB_HAVE_PROFILES -DFLB_HAVE_PROXY_GO -DFLB_HAVE_RECORD_ACCESSOR -DFLB_HAVE_REGEX \
  -DFLB_HAVE_RIPSER -DFLB_HAVE_SIGNV4 -DFLB_HAVE_SIMD -DFLB_HAVE_STREAM_PROCESSOR \
  -DFLB_HAVE_SYS_WAIT_H -DFLB_HAVE_TIMESPEC_GET -DFLB_HAVE_TIME_ZONE -DFLB_HAVE_TLS \
  -DFLB_HAVE_UNICODE_ENCODER -DFLB_HAVE_UNIX_SOCKET -DFLB_HAVE_UTF8_ENCODER -DFLB_HAVE_VALGRIND \
  -DFLB_HAVE_YYJSON -DFLB_MSGPACK_TO_JSON_INIT_BUFFER_SIZE=2.0 \
  -DFLB_MSGPACK_TO_JSON_REALLOC_BUFFER_SIZE=0.10 -DFLB_SYSTEM_LINUX -DJSMN_PARENT_LINKS \
  -DJSMN_STRICT -DMINIZ_STATIC_DEFINE -DMPACK_EXTENSIONS=1 -DMSGPACK_EMBED_STACK_SIZE=64 \
  -DNGHTTP2_STATICLIB -I$S/build/generated/include -I$S/include -I$S/lib \
  -I$S/lib/fluent-otel-proto/include -I$S/lib/fluent-otel-proto/proto_c -I$S/lib/cfl/include \
  -I$S/lib/cfl/lib/xxhash -I$S/lib/flb_libco -I$S/lib/rbtree -I$S/lib/chunkio/include \
  -I$S/build/lib/chunkio/include -I$S/lib/monkey/include -I$S/lib/monkey/include/monkey \
  -I$S/lib/mpack-amalgamation-1.1.1/src -I$S/lib/miniz -I$S/lib/snappy-fef67ac \
  -I$S/lib/cmetrics/include -I$S/lib/ctraces/include -I$S/lib/cprofiles/include \
  -I$S/lib/lwrb/lwrb/src/include -I$S/build/lib/jansson-e23f558/include -I$S/build/lib/cmetrics \
  -I$S/build/lib/cprofiles/include -I$S/build/include -I$S/build/lib/monkey/include \
  -I$S/build/lib/monkey/include/monkey -I$S/lib/tutf8e/include -I$S/lib/msgpack-c/include \
  -I$S/lib/zstd-1.5.7/lib -I$S/lib/nghttp2-1.65.0/lib/includes -I$S/build/lib/nghttp2 \
  -I$S/build/lib/nghttp2/lib/includes -I$S/lib/c-ares-1.34.6/include -I$S/build/lib/c-ares-1.34.6 \
  -I$S/build/backtrace-prefix/include -I$S/lib/onigmo -I$S/lib/cfl/lib/xxhash/cmake_unofficial/.. \
  -I$S/build/lib/miniz -I$S/lib/zstd-1.5.7/build/cmake/../../lib -I$S/lib/ripser-1.2.1 \
  -I$S/plugins/filter_geoip2/libmaxminddb-1.12.2 \
  -I$S/plugins/filter_geoip2/libmaxminddb-1.12.2/include \
  -I$S/build/plugins/filter_geoip2/libmaxminddb-1.12.2/generated -I$S/lib/c-ares-1.34.6 \
  -I$S/build/lib/nghttp2-1.65.0/lib/includes -I$S/lib/yyjson-0.12.0/src -D__FLB_FILENAME__=__FILE__
