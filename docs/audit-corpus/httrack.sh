#!/bin/sh
# ossl-lint audit of httrack (github.com/xroche/httrack, branch master)
# 100786ccd7e8a75d3626960d648b1922e0a767cc (2026-08-22, "Refuse a posted project path that
# climbs out of its directory (#1359)")
# usage: httrack.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/httrack (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev zlib1g-dev autoconf automake libtool):
# git archive of the commit into $R/httrack/src, plus the src/coucal submodule (pinned at
# edebab8, which the store lacks) from xroche/coucal fadf29bd (2026-06-15, its newest stored
# commit; only coucal.h is read) into $R/httrack/src/src/coucal; then in src: ./bootstrap
# (autoreconf -fi) and ./configure (only configures: writes config.h, HTS_USEOPENSSL 1; nothing
# is built); the flags are src/Makefile's for libhttrack_la (DEFS -DHAVE_CONFIG_H,
# DEFAULT_INCLUDES -I. -I.., AM_CPPFLAGS' -D_REENTRANT -DINET6, LFS_FLAG, PREFIX/SYSCONFDIR/
# DATADIR/LIBDIR, -I src -I src/coucal, CPPFLAGS' -D_FORTIFY_SOURCE=3, libhttrack_la_CFLAGS'
# -DLIBHTTRACK_EXPORTS -DZLIB_CONST -fvisibility=hidden), warnings left out; no -std: gcc's
# default gnu17
# Files: the OpenSSL layer of libhttrack: src/htslib.c (hts_read: SSL_read classified with
# SSL_get_error; sendc: SSL_write; deletehttp/deletesoc_r: SSL_shutdown; hts_init: SSL_CTX_new;
# http_xfread1, hts_read's caller; http_sendhead, sendc's caller) and src/htsback.c (back_wait:
# SSL_new/SSL_set_fd/SSL_set_connect_state, then the non-blocking SSL_connect classified with
# SSL_get_error; http_xfread1 and http_sendhead from its slot state machine); their callers and
# helpers: src/htsparse.c, src/htscore.c and src/htsname.c (the crawl loop calling back_wait),
# src/htsproxy.c (http_proxy_tunnel: the CONNECT tunnel before the handshake) and src/htswarc.c
# (WARC writer called from htsback.c/htslib.c on the same thread: EVP digests, which may push).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/httrack" ] || { echo "$0: $R/httrack: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/httrack/src
exec "$BIN" "$@" -j2 \
  $S/src/htslib.c $S/src/htsback.c $S/src/htsparse.c $S/src/htscore.c $S/src/htsname.c \
  $S/src/htsproxy.c $S/src/htswarc.c \
  -- -DHAVE_CONFIG_H -D_FORTIFY_SOURCE=3 -D_REENTRANT -DINET6 -D_FILE_OFFSET_BITS=64 \
  -D_LARGEFILE_SOURCE -D_LARGEFILE64_SOURCE -DPREFIX=\"/usr/local\" -DSYSCONFDIR=\"/usr/local/etc\" \
  -DDATADIR=\"/usr/local/share\" -DLIBDIR=\"/usr/local/lib\" -DLIBHTTRACK_EXPORTS -DZLIB_CONST \
  -fvisibility=hidden -I$S/src -I$S -I$S/src/coucal
