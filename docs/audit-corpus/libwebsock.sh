#!/bin/sh
# ossl-lint audit of libwebsock (github.com/payden/libwebsock, branch master) 3c1615eeadb0b582b63851073bfe3e5132f31ebc (2014-07-14, "Fix double-free and fix test for 7.3.2")
# usage: libwebsock.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/libwebsock (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libevent-dev): git archive --prefix=src/ of the commit into $R/libwebsock
#   (the repository has a src/ of its own, so the library's sources are under $R/libwebsock/src/src);
#   nothing to configure: the repository commits configure's src/config.h and src/websock_config.h
#   (WEBSOCK_HAVE_SSL 1); flags are automake's for src/Makefile.am's libwebsock.la with SSL
#   (-DHAVE_CONFIG_H -I. -Wall -Wmissing-prototypes)
# Files: the whole library as src/Makefile.am builds it with SSL: openssl.c (the TLS listener's
#   accept callback, libwebsock_handle_accept_ssl(): a blocking SSL_accept(), then libevent's
#   bufferevent_openssl_socket_new() does all TLS reads and writes; libwebsock_bind_ssl*() sets up
#   the SSL_CTX), websock.c and default_callbacks.c (the bufferevent callbacks, the close
#   handshake's libwebsock_shutdown()), api.c, frames.c, util.c, utf.c, base64.c, sha1.c.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/libwebsock" ] || { echo "$0: $R/libwebsock: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/libwebsock/src/src
exec "$BIN" "$@" -j2 \
  $S/openssl.c $S/websock.c $S/default_callbacks.c $S/api.c $S/frames.c $S/util.c $S/utf.c \
  $S/base64.c $S/sha1.c \
  -- -DHAVE_CONFIG_H -I$S -Wall -Wmissing-prototypes
