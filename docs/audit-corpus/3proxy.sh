#!/bin/sh
# ossl-lint audit of 3proxy (github.com/3proxy/3proxy, branch master)
# f6963ea302bd01209dc94f8677c3dba9f3504b4e (2026-08-22, "Update version files for 1.0.0")
# usage: 3proxy.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/3proxy (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): git archive of the commit into
# $R/3proxy/src; nothing to configure (plain Makefile, no config header); the flags are
# Makefile.Linux's CFLAGS (-pthread -D_GNU_SOURCE -DGETHOSTBYNAME_R -D_THREAD_SAFE -D_REENTRANT
# -DFD_SETSIZE=4096 -DWITH_POLL -DWITH_NETFILTER -DWITH_UN) plus -DWITH_SSL, which its
# OPENSSL_CHECK adds when <openssl/ssl.h> links (no -DWITH_WOLFSSL), and src/Makefile.inc's
# -DMODULEMAINFUNC=mainfunc of mainfunc.o (proxymain.c as linked into 3proxy; only proxymain.c
# tests it); no -std: gcc's default gnu17
# Files: the OpenSSL layer, since 1.0 in the core rather than the old SSLPlugin: src/ssl.c (the
# "ssl filter": SSL_connect/SSL_accept handshakes with SSL_get_error, ssl_send/ssl_recv/...
# socket hooks classifying ssl_read/ssl_write with SSL_get_error) and src/ssllib.c (ssl_read,
# ssl_write, ssl_pending, SSL_shutdown in ssl_conn_free, certificate forging, ssl_init); their
# callers: src/proxymain.c (mainfunc: runs the filters' filter_client/filter_connect/
# filter_afterauth/filter_predata through function pointers), src/3proxy.c and src/conf.c
# (ssl_install), src/sockmap.c (the data pump calling ssl_sendto/ssl_recvfrom through the
# sockfuncs table), src/sockgetchar.c (socksend -> _send = ssl_send, sockgetchar* -> _recvfrom)
# and src/proxy.c (srvproxy.o: the HTTP proxy the MITM mode redirects to, calling both).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/3proxy" ] || { echo "$0: $R/3proxy: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/3proxy/src
exec "$BIN" "$@" -j2 \
  $S/src/ssl.c $S/src/ssllib.c $S/src/proxymain.c $S/src/3proxy.c $S/src/conf.c $S/src/sockmap.c \
  $S/src/sockgetchar.c $S/src/proxy.c \
  -- -pthread -D_GNU_SOURCE -DGETHOSTBYNAME_R -D_THREAD_SAFE -D_REENTRANT -DFD_SETSIZE=4096 \
  -DWITH_POLL -DWITH_NETFILTER -DWITH_UN -DWITH_SSL -DMODULEMAINFUNC=mainfunc -I$S/src
