#!/bin/sh
# ossl-lint audit of libfetch (github.com/ryanwoodsmall/libfetch, branch master: FreeBSD's
# lib/libfetch "hacked up for Linux", the portable mirror within reach; jrmarino/libfetch and
# FreeBSD's tree have no snapshot here) 1965df1505e32ba49e79377ac0d8730a83653bba (2020-04-14,
# "eol space"); the same code as the libfetch copies in apk-tools and xbps (docs/audits.md)
# usage: libfetch.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/libfetch (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libbsd-dev zlib1g-dev): git archive of the
# commit into $R/libfetch/src, then in src the two generated headers of the Makefile:
#   sh ./errlist.sh ftp_errlist FTP ftp.errors > ftperr.h
#   sh ./errlist.sh http_errlist HTTP http.errors > httperr.h
# (nothing to configure, nothing is built); the flags are the Makefile's with its defaults
# (FETCH_WITH_INET6, FETCH_WITH_OPENSSL, FETCH_WITH_LFS true, DEBUG false): -O2 -pipe -I. -fPIC
# -DFTP_COMBINE_CWDS -DNETBSD, pkg-config's libbsd-overlay cflags (-isystem /usr/include/bsd
# -DLIBBSD_OVERLAY; libssl, libcrypto and zlib give none), -D_FILE_OFFSET_BITS=64
# -D_LARGEFILE_SOURCE -D_LARGE_FILES -DINET6 -DWITH_SSL -UDEBUG; the warnings left out; no -std:
# the compiler's default
# Files: the whole library, the five objects of the Makefile: common.c (fetch_ssl: SSL_CTX_new,
# the unchecked CA/CRL/client-cert setup, SSL_new, SSL_set_fd, SSL_set_tlsext_host_name and the
# SSL_connect loop classified with SSL_get_error, then hostname verification; fetch_ssl_read:
# SSL_read classified, FETCH_READ_WAIT for a want; fetch_read, the poll loop over it;
# fetch_getln; fetch_writev: SSL_write; fetch_close: SSL_shutdown), and the protocol layers that
# drive it: http.c (http_connect calls fetch_ssl for https and proxies, http_fillbuf/http_readfn
# read through fetch_read), ftp.c and file.c (plain), fetch.c (the public fetchXGet/fetchGet...
# API, the library's entry points)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/libfetch" ] || { echo "$0: $R/libfetch: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/libfetch/src
exec "$BIN" "$@" -j2 \
  $S/common.c $S/fetch.c $S/http.c $S/ftp.c $S/file.c \
  -- -O2 -pipe -I$S -fPIC -DFTP_COMBINE_CWDS -DNETBSD -isystem /usr/include/bsd -DLIBBSD_OVERLAY \
  -D_FILE_OFFSET_BITS=64 -D_LARGEFILE_SOURCE -D_LARGE_FILES -DINET6 -DWITH_SSL -UDEBUG
