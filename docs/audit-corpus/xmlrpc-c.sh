#!/bin/sh
# ossl-lint audit of xmlrpc-c (github.com/mirror/xmlrpc-c, branch master; the SourceForge Subversion repository's GitHub mirror) f5b52c01ec5010b308f03abf5162171bdf478cb0 (2024-09-24, "prepare to work on Release 1.65")
# usage: xmlrpc-c.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/xmlrpc-c (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev pkg-config): git archive of the commit into $R/xmlrpc-c/src
#   (the mirror holds the trunk/, advanced/ and stable/ lines side by side; trunk/ is audited, its
#   socket_openssl.c is the same as advanced/'s); then in src/trunk: ./configure (no options:
#   MUST_BUILD_ABYSS_OPENSSL = yes) for xmlrpc_config.h and config.mk, and
#   `make -C include -f $PWD/include/Makefile xmlrpc-c/config.h`; flags are those of
#   `make -n socket_openssl.o` in lib/abyss/src (-DNDEBUG -pthread -D_UNIX, the blddir/srcdir
#   include directories and lib/util/include)
# Files: lib/abyss/src/socket_openssl.c is the Abyss HTTP server's OpenSSL channel and channel
#   switch (a blocking SSL_accept() in sslAccept(), channelRead()'s SSL_read(), channelWrite()'s
#   SSL_write(), channelDestroy()'s SSL_shutdown()); socket_unix.c is the plain channel beside it
#   (the other values of the TChannelVtbl and TChanSwitchVtbl tables); channel.c and chanswitch.c
#   dispatch through those tables; conn.c (ConnRead(), ConnWrite()), session.c,
#   sessionReadRequest.c, server.c and sockutil.c are the callers and helpers.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/xmlrpc-c" ] || { echo "$0: $R/xmlrpc-c: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/xmlrpc-c/src/trunk
A=$S/lib/abyss/src
exec "$BIN" "$@" -j2 \
  $A/socket_openssl.c $A/socket_unix.c $A/channel.c $A/chanswitch.c $A/conn.c $A/session.c \
  $A/sessionReadRequest.c $A/server.c $A/sockutil.c \
  -- -DNDEBUG -pthread -D_UNIX -I$S -I$S/include -I$S/lib/util/include
