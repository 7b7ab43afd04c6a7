#!/bin/sh
# ossl-lint audit of xbps (github.com/void-linux/xbps, branch master)
# c5f41d5b8c1e5b0ed6a657595ec825555167e209 (2026-05-01, "lib: enforce archive entries starting
# with ./")
# usage: xbps.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/xbps (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libarchive-dev zlib1g-dev pkg-config):
# git archive of the commit into $R/xbps/src, then in src: ./configure (writes config.mk, no
# config header), `make -C include all` (generates include/xbps.h from xbps.h.in) and
# `make -C lib fetch/ftperr.h fetch/httperr.h` (errlist.sh's generated tables); nothing is
# compiled; the flags are config.mk's CPPFLAGS as lib/Makefile sees them (TOPDIR=.., so -I. is
# lib/) plus LIBFETCH_CPPFLAGS (-DFTP_COMBINE_CWDS -DINET6 -DWITH_SSL) and CFLAGS' -std=c99
# -pthread (the warnings and -Werror left out)
# Files: the bundled libfetch (NetBSD's fetch(3)): lib/fetch/common.c (fetch_ssl: SSL_CTX
# setup, SSL_connect classified by SSL_get_error for a message, ERR_print_errors_fp;
# fetch_read: SSL_pending/SSL_read classified by SSL_get_error; fetch_write's SSL_write;
# SSL_shutdown in fetch_close), lib/fetch/http.c (the HTTP client over fetch_read/fetch_write/
# fetch_getln, http_connect calling fetch_ssl, the connection cache's close callbacks),
# lib/fetch/ftp.c (its data connections over fetch_read/fetch_write), lib/fetch/fetch.c and
# lib/fetch/file.c (fetchXGet & co., the scheme dispatch), and libxbps's callers:
# lib/download.c (xbps_fetch_file_dest_sha256: fetchXGet, the fetchIO_read loop, the
# connection cache) and lib/archive.c (streaming a remote package: fetchGet, fetchIO_read).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/xbps" ] || { echo "$0: $R/xbps: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/xbps/src
exec "$BIN" "$@" -j2 \
  $S/lib/fetch/common.c $S/lib/fetch/http.c $S/lib/fetch/ftp.c $S/lib/fetch/fetch.c \
  $S/lib/fetch/file.c $S/lib/download.c $S/lib/archive.c \
  -- -std=c99 -pthread -D_DEFAULT_SOURCE -D_GNU_SOURCE -D_XOPEN_SOURCE=700 \
  -D_FILE_OFFSET_BITS=64 '-DXBPS_SYSCONF_PATH="/usr/local/etc/xbps.d"' \
  '-DXBPS_SYSDEFCONF_PATH="/usr/local/share/xbps.d"' '-DXBPS_VERSION="0.60.7"' \
  '-DXBPS_META_PATH="/var/db/xbps"' '-DUNUSED=__attribute__((__unused__))' -DDEBUG \
  -DHAVE_VISIBILITY=1 -DHAVE_ATOMICS -DHAVE_VASPRINTF -DHAVE_STRCASESTR -DHAVE_FDATASYNC \
  -DHAVE_CLOCK_GETTIME -DFTP_COMBINE_CWDS -DINET6 -DWITH_SSL -I$S/lib -I$S -I$S/include \
  -I$S/lib/fetch -I$S/lib/portableproplib -I$S/lib/portableproplib/prop
