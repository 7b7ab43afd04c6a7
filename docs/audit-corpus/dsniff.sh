#!/bin/sh
# ossl-lint audit of dsniff (github.com/hackerschoice/dsniff, branch master: Dug Song's dsniff
# 2.4b1 with Debian's patches, ported to libnet 1.1 and OpenSSL 1.1+, version 2.5a2; the
# fetch store's other copy of the whole tree, ggreer/dsniff at 2598e49 (2014, version "2.4"),
# has the same TLS code in webmitm.c, 10 lines earlier)
# 4b270c79748a2141d4007886b1f8db1ddc17984a (2025-12-10, "man page fix")
# usage: dsniff.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/dsniff (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libnet1-dev libnids-dev libpcap-dev
# libdb-dev libtirpc-dev libnsl-dev autoconf): git archive of the commit into $R/dsniff/src,
# then in src: autoconf (the shipped configure is stale: it still holds an unexpanded
# PKG_CHECK_MODULES from the reverted pkg-config change and stops with a syntax error) and
# ./configure (only configures: writes config.h and Makefile; nothing is built); the flags are
# the Makefile's CFLAGS (-D_DEFAULT_SOURCE -D_BSD_SOURCE -D__BSD_SOURCE -D__FAVOR_BSD
# -DHAVE_NET_ETHERNET_H -DDSNIFF_LIBDIR -I/usr/include/tirpc -DVERSION) and INCS (-I.
# -I/usr/include/pcap -Imissing); no -std: gcc's default gnu17; plus -fno-builtin-csin: webmitm.c
# names a global `struct sockaddr_in csin`, which gcc only warns about (-Wbuiltin-declaration-
# mismatch, the complex sine) but clang rejects as a redefinition of the builtin
# Files: webmitm.c, the only TLS code (the HTTPS monkey-in-the-middle: SSL_accept toward the
# victim and SSL_connect toward the real server, client_read/server_read/client_write/
# server_write wrapping SSL_read/SSL_write, err_ssl() formatting ERR_get_error(), one forked
# child per connection on blocking sockets), and the helpers the webmitm program links and
# calls: buf.c (the request parser), record.c (the Berkeley DB log) and decode_http.c
# (grep_passwords -> decode_http); ssh.c/sshcrypto.c use libcrypto only, for sshmitm
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/dsniff" ] || { echo "$0: $R/dsniff: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/dsniff/src
exec "$BIN" "$@" -j2 \
  $S/webmitm.c $S/buf.c $S/record.c $S/decode_http.c \
  -- -fno-builtin-csin -D_DEFAULT_SOURCE -D_BSD_SOURCE -D__BSD_SOURCE -D__FAVOR_BSD -DHAVE_NET_ETHERNET_H \
  '-DDSNIFF_LIBDIR="/usr/local/share/dsniff/"' -I/usr/include/tirpc '-DVERSION="2.5a2"' -I$S \
  -I/usr/include/pcap -I$S/missing
