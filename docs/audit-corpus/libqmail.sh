#!/bin/sh
# ossl-lint audit of libqmail (github.com/indimail/libqmail, branch master) fc595c517f2dd281a8b7d8082c4f11e6d116c7fd (2026-07-11, "updated README")
# usage: libqmail.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/libqmail (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev autoconf automake libtool): git archive --prefix=src/
# of the commit into $R/libqmail (the tree is $R/libqmail/src), then in src, as default.configure does:
#   echo 1.1 > conf-release; mkdir -p m4; autoreconf -fi;
#   ./configure --prefix=/usr --sysconfdir=/etc/indimail --enable-passwd-hash=sha256
#   (only configures, for config.h; nothing is built); the flags are the Makefile's DEFS and CPPFLAGS
# Files: tls/tls.c, the library's whole TLS layer, used by indimail-mta's tcpserver/tcpclient,
# qmail-smtpd, qmail-remote, dotls and others: tls_init()/set_tls_method() (the context),
# tls_session() (the SSL on a socket), tls_connect()/tls_accept() (the handshake through
# ssl_timeoutconn()/ssl_timeoutaccept(), then SSL_get_error() and a drain), ssl_timeoutio() (calls the
# OpenSSL function it is handed, SSL_connect/SSL_accept/SSL_do_handshake/SSL_read or the SSL_write loop
# allwritessl(), classifies with SSL_get_error() and select()s for the wants), ssl_timeoutread/
# ssl_timeoutwrite/ssl_timeoutrehandshake, tlsread()/tlswrite() over the global SSL, translate()
# (the proxy loop between the TLS socket and a clear pipe) and ssl_free() (SSL_shutdown loop)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/libqmail" ] || { echo "$0: $R/libqmail: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/libqmail/src
exec "$BIN" "$@" -j2 \
  $S/tls/tls.c \
  -- -DHAVE_CONFIG_H -I$S -I$S/base -I$S/array -I$S/textcode -I$S/socket -I$S/tls -Dlint -DLINUX
