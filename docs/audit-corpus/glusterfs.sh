#!/bin/sh
# ossl-lint audit of glusterfs (github.com/gluster/glusterfs, branch devel)
# 595745f8e42ed64aa77580b3e724ba20ce1cd17a (2024-10-21, "sq: rename may cause statistical issue
# (#4316)")
# usage: glusterfs.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/glusterfs (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev uuid-dev libacl1-dev zlib1g-dev
# libtirpc-dev liburcu-dev libxml2-dev libreadline-dev liburing-dev libtool flex bison rpcgen
# python3): git archive of the commit into $R/glusterfs/src, then in src:
#   ./autogen.sh && ./configure --without-tcmalloc   (only configures: writes config.h and
#   site.h; nothing is built), then the XDR headers the socket transport includes, by the rule of
#   rpc/xdr/src/Makefile.am: in rpc/xdr/src, for each *.x, rpcgen -h -o X.tmp X.x and its sed
#   into X.h (glusterfs4-xdr.h, rpc-common-xdr.h, ...); in libglusterfs/src `make eventtypes.h`;
#   the flags are rpc/rpc-transport/socket/src/Makefile's DEFS, GF_CPPFLAGS (-include config.h
#   -include site.h, -D_FILE_OFFSET_BITS=64 -D_GNU_SOURCE -DGF_LINUX_HOST_OS), AM_CPPFLAGS'
#   includes and GF_CFLAGS' -I/usr/include/uuid -I/usr/include/tirpc, plus rpc-lib's
#   -DRPC_TRANSPORTDIR (with the default libdir and config.h's PACKAGE_VERSION 2026.12.07, what
#   git-version-gen makes of an archive without tags) for rpc-transport.c; no -std: gcc's gnu17
# Files: the whole OpenSSL layer is the socket transport (socket.la, a dlopen()ed module):
# rpc/rpc-transport/socket/src/socket.c (ssl_setup_connection_params/ssl_complete_connection:
# SSL_connect/SSL_accept classified by SSL_get_error; ssl_do: SSL_read/SSL_write through a
# function pointer, classified by SSL_get_error; ssl_dump_error_stack draining with
# ERR_get_error; the SSL_CTX setup in socket_init; __socket_rwv/__socket_readv/_writev calling
# ssl_read_one/ssl_write_one from the epoll handler socket_event_handler) and its helper name.c
# (address resolution, no OpenSSL, compiled into the same module); the callers:
# rpc/rpc-lib/src/rpc-transport.c (loads the module's "tops" table and calls submit_request/
# submit_reply/connect/listen/disconnect through it) and libglusterfs/src/event-epoll.c (the
# epoll loop that calls the registered socket_event_handler/socket_server_event_handler).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/glusterfs" ] || { echo "$0: $R/glusterfs: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/glusterfs/src
exec "$BIN" "$@" -j2 \
  $S/rpc/rpc-transport/socket/src/socket.c $S/rpc/rpc-transport/socket/src/name.c \
  $S/rpc/rpc-lib/src/rpc-transport.c $S/libglusterfs/src/event-epoll.c \
  -- -DHAVE_CONFIG_H -D_FILE_OFFSET_BITS=64 -D_GNU_SOURCE -DGF_LINUX_HOST_OS \
  -include $S/config.h -include $S/site.h -I$S -I$S/libglusterfs/src \
  -I$S/rpc/rpc-lib/src -I$S/rpc/xdr/src -I$S/rpc/rpc-transport/socket/src \
  -I/usr/include/uuid -I/usr/include/tirpc -fsigned-char \
  '-DRPC_TRANSPORTDIR="/usr/local/lib/glusterfs/2026.12.07/rpc-transport"'
