#!/bin/sh
# ossl-lint audit of rtmpdump (github.com/mirror/rtmpdump, branch master; mirror of git.ffmpeg.org/rtmpdump)
# 6f6bb1353fc84f4cc37138baa99f586750028a01 (2024-03-01)
# usage: rtmpdump.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/rtmpdump (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev zlib1g-dev): git archive of the commit into
#   $R/rtmpdump/src; no configure step. The flags are librtmp/Makefile's DEF for CRYPTO=OPENSSL
#   (-DRTMPDUMP_VERSION=\"v2.4\" -DUSE_OPENSSL; rtmp.h then defines CRYPTO, rtmp_sys.h maps
#   TLS_read/TLS_write/TLS_connect/TLS_accept/TLS_shutdown to SSL_*); -I src for the programs'
#   "librtmp/..." includes (the top-level Makefile gives them no crypto define; OpenSSL is the default)
# Files: the OpenSSL I/O layer (librtmp/rtmp.c: RTMPSockBuf_Fill = SSL_read, RTMPSockBuf_Send =
# SSL_write, RTMP_Connect1 = SSL_connect, RTMP_TLS_Accept = SSL_accept, RTMPSockBuf_Close =
# SSL_shutdown; librtmp/hashswf.c: HTTP_get over TLS), the rest of librtmp (amf.c, log.c,
# parseurl.c; dh.h/handshake.h come in through rtmp.c), and the programs that call it (rtmpdump.c,
# rtmpgw.c, rtmpsrv.c, rtmpsuck.c, thread.c).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/rtmpdump" ] || { echo "$0: $R/rtmpdump: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/rtmpdump/src
exec "$BIN" "$@" -j2 \
  $S/librtmp/rtmp.c $S/librtmp/hashswf.c $S/librtmp/amf.c $S/librtmp/log.c $S/librtmp/parseurl.c \
  $S/rtmpdump.c $S/rtmpgw.c $S/rtmpsrv.c $S/rtmpsuck.c $S/thread.c \
  -- -DRTMPDUMP_VERSION=\"v2.4\" -DUSE_OPENSSL -I$S
