#!/bin/sh
# ossl-lint audit of FFmpeg (github.com/FFmpeg/FFmpeg, branch master)
# 45bc2518bed20b1bab4e71afb13feba0e4aeb205 (2026-08-22)
# (FFmpeg/FFmpeg's snapshot is over the fetch size limit: the commit is taken from the mirror
# fork Andarwinux/FFmpeg, whose master is upstream's 45bc251 plus local patches on top; the
# archive is of 45bc251 itself, upstream code)
# usage: ffmpeg.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/ffmpeg (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev, zlib1g-dev; no nasm): git archive of
# the commit into $R/ffmpeg/src, then in src:
#   ./configure --enable-openssl --enable-nonfree --disable-everything \
#     --enable-protocol=tls,https,dtls --disable-doc --disable-programs --disable-x86asm
#   (only configures: writes config.h, config_components.h and libavutil/avconfig.h, OpenSSL
#   the TLS backend; nothing is built); the flags are ffbuild/config.mak's CPPFLAGS/CFLAGS
#   (-std=c17, the POSIX/ISO -D's, -I. -Icompat/stdbit) plus library.mak's -DHAVE_AV_CONFIG_H
# Files: the OpenSSL backend of the tls and dtls protocols (libavformat/tls_openssl.c: a custom
# BIO over the URL layer, SSL_connect/SSL_accept, SSL_do_handshake for DTLS, SSL_read/SSL_write,
# SSL_get_error in print_ssl_error()), the shared TLS setup (libavformat/tls.c), the URL layer
# that calls the protocol and retries non-blocking reads/writes (libavformat/avio.c), the socket
# helpers (libavformat/network.c), the https caller (libavformat/http.c) and the WHIP muxer that
# drives the DTLS handshake and feeds it packets (libavformat/whip.c).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/ffmpeg" ] || { echo "$0: $R/ffmpeg: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/ffmpeg/src
exec "$BIN" "$@" -j2 \
  $S/libavformat/tls_openssl.c $S/libavformat/tls.c $S/libavformat/avio.c $S/libavformat/network.c \
  $S/libavformat/http.c $S/libavformat/whip.c \
  -- -std=c17 -DHAVE_AV_CONFIG_H -D_ISOC11_SOURCE -D_FILE_OFFSET_BITS=64 -D_LARGEFILE_SOURCE \
  -D_POSIX_C_SOURCE=200112 -D_XOPEN_SOURCE=600 -DPIC -DZLIB_CONST -pthread -I$S -I$S/compat/stdbit
