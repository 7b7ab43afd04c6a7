#!/bin/sh
# ossl-lint audit of aerospike-client-c (github.com/aerospike/aerospike-client-c, branch master)
# 099ebc1a851fe680349884fa45c127da686385b4 (2026-07-07, "Merge pull request #223 from aerospike/stage")
# usage: aerospike-client-c.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/aerospike-client-c (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libuv1-dev zlib1g-dev): git archive of the
# commit into $R/aerospike-client-c/src, and of the modules/common submodule at its pinned commit
# (github.com/aerospike/aerospike-common 814081ba9145d7d95266721ea5ba3d15a228b578, 2025-07-18) into
# src/modules/common (headers only: citrusleaf/*.h, aerospike/as_*.h of the common types); nothing
# to configure (plain Makefile, no config header); the flags are the Makefile's CC_FLAGS
# (-std=gnu99 -fno-common -fno-strict-aliasing -D_FILE_OFFSET_BITS=64 -D_REENTRANT -D_GNU_SOURCE)
# with EVENT_LIB=libuv (-DAS_USE_LIBUV) and its INC_PATH (src/include, modules/common/src/include).
# The three async backends (libev, libuv, libevent) exclude each other (as_event_internal.h);
# libuv is the one with TLS code of its own: a BIO pair driven by the uv loop (SSL_do_handshake,
# SSL_read, SSL_write with SSL_get_error in as_event_uv.c), while the libev/libevent backends
# only call as_tls_{connect,read,write}_once, which as_tls.c defines in every build (here entry
# points, as in a libuv build nothing calls them).
# Files: the OpenSSL layer src/main/aerospike/as_tls.c (SSL_connect/SSL_read/SSL_write with
# SSL_get_error: as_tls_connect/read/write for the sync client, the *_once forms for libev/
# libevent, as_tls_read_non_blocking; context setup, as_tls_wrap), as_event_uv.c (the libuv
# backend's own TLS), and the callers and helpers: as_socket.c (as_socket_create_and_connect ->
# as_tls_connect, as_socket_write_deadline/read_deadline/read_non_blocking -> as_tls_*,
# as_socket_close's SSL_shutdown), as_event.c (the async connection code calling into the
# backend), and the sync users of as_socket_*: as_command.c, as_info.c, as_node.c (also
# as_tls_wrap/as_socket_create_and_connect for node and login connections), as_admin.c,
# as_lookup.c (seed lookups), as_conn_recover.c (timed-out connection drain).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/aerospike-client-c" ] || { echo "$0: $R/aerospike-client-c: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/aerospike-client-c/src
A=$S/src/main/aerospike
exec "$BIN" "$@" -j2 \
  $A/as_tls.c $A/as_event_uv.c $A/as_socket.c $A/as_event.c $A/as_command.c $A/as_info.c \
  $A/as_node.c $A/as_admin.c $A/as_lookup.c $A/as_conn_recover.c \
  -- -std=gnu99 -fno-common -fno-strict-aliasing -D_FILE_OFFSET_BITS=64 -D_REENTRANT \
  -D_GNU_SOURCE -DAS_USE_LIBUV -I$S/src/include -I$S/modules/common/src/include
