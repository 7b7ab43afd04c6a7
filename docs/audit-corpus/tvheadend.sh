#!/bin/sh
# ossl-lint audit of tvheadend (github.com/tvheadend/tvheadend, branch master) 80729d2f6f4b9bd11ceaf8835699c82e6bfed630 (2026-06-23, "intl: Translate intl/tvheadend.pot in zh-Hans")
# usage: tvheadend.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/tvheadend (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev zlib1g-dev): git archive of the commit into
#   $R/tvheadend/src, then in src `./configure --disable-ffmpeg_static --disable-libav
#   --disable-hdhomerun_static --disable-hdhomerun_client --disable-dvbscan --disable-avahi
#   --disable-dbus_1 --disable-uriparser --disable-pcre --disable-pcre2 --disable-ccache
#   --disable-libx264 --disable-libx265 --disable-libvpx --disable-libtheora --disable-libvorbis
#   --disable-libopus --disable-vaapi --disable-tvhcsa --nowerror` (no download; writes
#   build.linux/build.h: ENABLE_SSL 1, ENABLE_TRACE 1, ENABLE_ANDROID 0). The flags are the
#   Makefile's: -fms-extensions -funsigned-char -D_FILE_OFFSET_BITS=64 -D_TIME_BITS=64
#   -I$BUILDDIR -I$ROOTDIR/src -I$ROOTDIR.
# Files: httpc.c is tvheadend's HTTP/RTSP client and its only OpenSSL TLS I/O (an SSL over two
#   memory BIOs that http_client_ssl_read_update/_write_update pump to and from a non-blocking
#   socket; http_client_ssl_send with SSL_connect and SSL_write, http_client_ssl_recv with
#   SSL_read, http_client_ssl_shutdown with SSL_shutdown, each classified with SSL_get_error; the
#   client thread http_client_thread, http_client_run0, http_client_send, http_client_reconnect
#   which sets the SSL up); its callers download.c, imagecache.c, rtsp.c, iptv_http.c,
#   iptv_rtsp.c, satip.c and satip_frontend.c; utils.c holds tvheadend's other OpenSSL helpers
#   (digests, base64 through BIOs).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/tvheadend" ] || { echo "$0: $R/tvheadend: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/tvheadend/src
exec "$BIN" "$@" -j2 \
  $S/src/httpc.c $S/src/download.c $S/src/imagecache.c $S/src/rtsp.c \
  $S/src/input/mpegts/iptv/iptv_http.c $S/src/input/mpegts/iptv/iptv_rtsp.c \
  $S/src/input/mpegts/satip/satip.c $S/src/input/mpegts/satip/satip_frontend.c $S/src/utils.c \
  -- -fms-extensions -funsigned-char -D_FILE_OFFSET_BITS=64 -D_TIME_BITS=64 \
  -I$S/build.linux -I$S/src -I$S
