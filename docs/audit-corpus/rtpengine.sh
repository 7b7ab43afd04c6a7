#!/bin/sh
# ossl-lint audit of rtpengine (github.com/sipwise/rtpengine, branch master)
# e8b82121fa0bccc46923938db52ee96bcb535b3a (2026-08-17; .release-version 26.3.0.0+0~mr26.3.0.0)
# usage: rtpengine.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/rtpengine (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: default-libmysqlclient-dev libavcodec-dev
# libavfilter-dev libavformat-dev libavutil-dev libswresample-dev libbcg729-dev libhiredis-dev
# libiptc-dev libjwt-dev libmosquitto-dev libopus-dev libspandsp-dev libsystemd-dev
# libwebsockets-dev libxtables-dev libnftnl-dev libmnl-dev gperf; already there: libssl-dev
# libglib2.0-dev libjson-glib-dev libcurl4-openssl-dev libevent-dev libpcre2-dev libpcap-dev
# liburing-dev zlib1g-dev): git archive of the commit into $R/rtpengine/src, then in src/daemon:
#   make --eval='print-cflags: ; @echo $(CFLAGS)' print-cflags   (no configure: this runs
#   utils/gen-common-flags and gen-bcg729-flags into src/config.mk, the pkg-config flags and
#   HAVE_* of lib/deps.Makefile; nothing is built), the same in src/recording-daemon, and there
#   make ../lib/fix_frame_channel_layout.compat   (utils/build_test_wrapper: picks the libavutil
#   variant of the header tls_send.c includes by linking a probe, then deletes the probe)
# flags: lib/flags.Makefile's and the two Makefiles' CFLAGS as printed (-std=c11 -D_GNU_SOURCE
#   -D_POSIX_SOURCE -D_POSIX_C_SOURCE -DWITH_TRANSCODING, the HAVE_* of config.mk, pkg-config
#   include dirs), without warnings, -g, -O3/-flto, -fPIE and dpkg-buildflags hardening. Two programs
#   in one run (no function of one calls the other's): the daemon's -I. -I../include and the
#   recording daemon's -I. are both given, absolute; their colliding headers (main.h, types.h) are
#   included only with quotes from their own directory, which is searched first; the daemon-only
#   -DHAVE_LIBIPTC -DHAVE_MQTT matter only to include/mqtt.h.
# Files: the DTLS-SRTP layer of the daemon (daemon/dtls.c: try_connect()'s SSL_read/SSL_connect/
# SSL_accept over memory BIOs classified by SSL_get_error(), dtls() feeding it each packet with
# BIO_write(), SSL_shutdown in dtls_shutdown()), its callers (daemon/media_socket.c: the packet
# path calling dtls(); daemon/call.c: dtls_connection_init(), dtls() from the stream timer,
# dtls_shutdown(); daemon/main.c: dtls_init()) and the SRTP crypto it hands keys to
# (daemon/crypto.c); the recording daemon's TLS forwarding (recording-daemon/tls_send.c: SSL_connect
# in tls_fwd_state(), SSL_read/SSL_write behind the streambuf callbacks, ssrc_tls_check_blocked()
# classifying), its callers (recording-daemon/packet.c: tls_fwd_init(); recording-daemon/metafile.c:
# tls_fwd_new()) and the streambuf that calls the read/write callbacks (lib/streambuf.c).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/rtpengine" ] || { echo "$0: $R/rtpengine: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/rtpengine/src
exec "$BIN" "$@" -j2 \
  $S/daemon/dtls.c $S/daemon/media_socket.c $S/daemon/call.c $S/daemon/main.c $S/daemon/crypto.c \
  $S/recording-daemon/tls_send.c $S/recording-daemon/packet.c $S/recording-daemon/metafile.c \
  $S/lib/streambuf.c \
  -- -std=c11 -pthread -D_GNU_SOURCE -D_POSIX_SOURCE -D_POSIX_C_SOURCE -DWITH_TRANSCODING \
  -DPCRE2_CODE_UNIT_WIDTH=8 -DHAVE_LIBIPTC -DHAVE_BCG729 -DHAVE_MQTT -DHAVE_LIBSYSTEMD -DHAVE_LIBURING \
  '-DRTPENGINE_VERSION="26.3.0.0+0~mr26.3.0.0"' \
  -I$S/daemon -I$S/kernel-module -I$S/lib -I$S/include -I$S/recording-daemon \
  -I/usr/include/glib-2.0 -I/usr/lib/x86_64-linux-gnu/glib-2.0/include -I/usr/include/json-glib-1.0 \
  -I/usr/include/libmount -I/usr/include/blkid -I/usr/include/x86_64-linux-gnu -I/usr/include/opus \
  -I/usr/include/mariadb
