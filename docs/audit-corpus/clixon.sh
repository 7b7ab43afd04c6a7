#!/bin/sh
# ossl-lint audit of clixon (github.com/clicon/clixon, branch master) c0fa79e1adb9ae9a42595ccdb0f2064e5d5b66e6 (2026-08-04, "Updated CHANGELOG.md")
# usage: clixon.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/clixon (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libnghttp2-dev libxml2-dev flex bison): git archive
# --prefix=src/ of the commit into $R/clixon (the tree is $R/clixon/src); clixon needs CLIgen's headers
# and library to configure: git archive of github.com/clicon/cligen 9d55673a3da47a2a53fe5af68caf14f516da35cf
# (2026-06-24) into $R/clixon/cligen, there ./configure --prefix=$R/clixon/cligen-inst && make && make install;
# then in src: ./configure --with-cligen=$R/clixon/cligen-inst --with-restconf=native (for
# include/clixon_config.h: WITH_RESTCONF_NATIVE, HAVE_LIBNGHTTP2, HAVE_HTTP1; nothing of clixon is built);
# the flags are apps/restconf/Makefile's CPPFLAGS and INCLUDES, and the -D__PROGRAM__ of its .c.o rule
# Files: the native RESTCONF server clixon_restconf (apps/restconf, native variant, not FastCGI):
# restconf_main_native.c (main, the SSL_CTX and certificates, the listening sockets, ALPN),
# restconf_native.c (the connection: non-blocking SSL_accept in restconf_ssl_accept_client(), SSL_read
# in read_regular()/restconf_connection(), the SSL_write loop buf_write(), SSL_shutdown in
# restconf_connection_close()/restconf_close_ssl_socket()), restconf_nghttp2.c (HTTP/2 over the SSL:
# session_send_callback()'s SSL_write loop), restconf_http1.c (HTTP/1 requests), restconf_stream_native.c
# (event streams), restconf_api_native.c and the shared restconf_*.c (methods, errors, handle, lib,
# root, stream, clixon_http_data.c)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/clixon" ] || { echo "$0: $R/clixon: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/clixon/src
A=$S/apps/restconf
exec "$BIN" "$@" -j2 \
  $A/restconf_main_native.c $A/restconf_native.c $A/restconf_nghttp2.c $A/restconf_http1.c \
  $A/restconf_stream_native.c $A/restconf_api_native.c $A/restconf_lib.c $A/restconf_handle.c \
  $A/restconf_err.c $A/restconf_root.c $A/restconf_stream.c $A/restconf_methods.c \
  $A/restconf_methods_get.c $A/restconf_methods_post.c $A/restconf_methods_patch.c \
  $A/clixon_http_data.c \
  -- -I$R/clixon/cligen-inst/include -DHAVE_CONFIG_H -I$A -I$S/lib/clixon -I$S/lib/src -I$S/lib \
  -I$S/include -I$S '-D__PROGRAM__="clixon_restconf"'
