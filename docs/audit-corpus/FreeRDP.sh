#!/bin/sh
# ossl-lint audit of FreeRDP (github.com/FreeRDP/FreeRDP, branch master)
# 9626564421df72c84f891afdbc0b20bf702f369f (2026-08-21)
# usage: FreeRDP.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/FreeRDP (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; libssl-dev, zlib1g-dev; no extra package): git archive of
#   the commit into $R/FreeRDP/src, then in src `cmake -S . -B build` with -DWITH_CLIENT=OFF
#   -DWITH_SERVER=OFF -DWITH_X11=OFF -DWITH_WAYLAND=OFF -DWITH_FFMPEG=OFF -DWITH_SWSCALE=OFF
#   -DWITH_DSP_FFMPEG=OFF -DWITH_CHANNELS=OFF -DWITH_PULSE=OFF -DWITH_ALSA=OFF -DWITH_OSS=OFF
#   -DWITH_CUPS=OFF -DWITH_PCSC=OFF -DWITH_FUSE=OFF -DWITH_KRB5=OFF -DWITH_SAMPLE=OFF
#   -DWITH_MANPAGES=OFF -DWITH_CLIENT_SDL=OFF -DWITH_SHADOW=OFF -DWITH_PROXY=OFF
#   -DWITH_PLATFORM_SERVER=OFF -DWITH_CJSON_REQUIRED=OFF -DWITH_JSONC_REQUIRED=OFF -DBUILD_TESTING=OFF
#   -DWITH_FAAD2=OFF -DWITH_FAAC=OFF -DWITH_SOXR=OFF -DWITH_OPUS=OFF -DWITH_LAME=OFF -DWITH_GSM=OFF
#   -DWITH_URIPARSER=OFF -DWITH_WEBVIEW=OFF -DWITH_SERVER_INTERFACE=OFF -DWITH_CAIRO=OFF
#   -DWITH_PKCS11=OFF -DWITH_SMARTCARD_INSPECT=OFF -DWITH_LIBSYSTEMD=OFF -DWITH_RDTK=OFF
#   (only configures: writes build/include/freerdp/{config,build-config,version}.h,
#   build/winpr/include/winpr/{config,version}.h ... and compile_commands.json; nothing is built;
#   WITH_TLS_DATA_LIMIT keeps its default OFF). The flags are the union of compile_commands.json's
#   for libfreerdp/crypto/tls.c (the freerdp target) and for winpr's schannel_openssl.c (the winpr
#   target: its -I winpr/libwinpr/utils and WINPR_* defines), less -O3/-flto/-f*-prefix-map;
#   -std=gnu11.
# Files: the TLS layer (libfreerdp/crypto/tls.c: the RdpTls BIO whose write/read methods run
# SSL_write/SSL_read + SSL_get_error, its ctrl method with SSL_do_handshake (BIO_C_DO_STATE_MACHINE)
# and SSL_shutdown, freerdp_tls_connect/accept/write_all/send_alert), its helper
# libfreerdp/crypto/opensslcompat.c, the transport that drives it through BIO_read/BIO_write on
# its front BIO and calls freerdp_tls_connect/accept (libfreerdp/core/transport.c) with the socket
# and buffered BIOs under it (libfreerdp/core/tcp.c), and the gateways that open their own TLS
# channel and write through freerdp_tls_write_all (libfreerdp/core/gateway/rdg.c, wst.c, arm.c,
# rpc.c); plus winpr's SSPI Schannel emulation over memory BIOs (winpr/libwinpr/sspi/Schannel/
# schannel_openssl.c: SSL_connect/SSL_accept/SSL_write/SSL_read + SSL_get_error) and its caller
# schannel.c.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/FreeRDP" ] || { echo "$0: $R/FreeRDP: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/FreeRDP/src
exec "$BIN" "$@" -j2 \
  $S/libfreerdp/crypto/tls.c $S/libfreerdp/crypto/opensslcompat.c $S/libfreerdp/core/transport.c \
  $S/libfreerdp/core/tcp.c $S/libfreerdp/core/gateway/rdg.c $S/libfreerdp/core/gateway/wst.c \
  $S/libfreerdp/core/gateway/arm.c $S/libfreerdp/core/gateway/rpc.c \
  $S/winpr/libwinpr/sspi/Schannel/schannel_openssl.c $S/winpr/libwinpr/sspi/Schannel/schannel.c \
  -- -DEXT_PATH=\"/usr/local/lib/freerdp3/extensions\" -DFREERDP_EXPORTS -DNONAMELESSUNION \
     -DWINPR_DEFINE_ATTR_NODISCARD -DWINPR_TIMEZONE_FILE=\"/etc/timezone\" -DWITH_OPENSSL \
     -DWITH_SMARTCARD_EMULATE -DWITH_VERBOSE_WINPR_ASSERT -D_FILE_OFFSET_BITS=64 \
     -DWINPR_DLL -DWINPR_EXPORTS -DWINPR_CRITICAL_SECTION_DISABLE_SPINCOUNT -DWITH_JANSSON \
     -I$S/winpr/include -I$S/build/winpr/include -I$S/build -I$S/build/include -I$S/include \
     -I$S/winpr/libwinpr/utils -fvisibility=hidden -fsigned-char -std=gnu11
