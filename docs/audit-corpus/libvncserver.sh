#!/bin/sh
# ossl-lint audit of LibVNCServer (github.com/LibVNC/libvncserver, branch master)
# 5277c0ef20e536419bc07c8af1d0e27005d15876 (2026-06-12)
# usage: libvncserver.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/libvncserver (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev zlib1g-dev libjpeg-dev libpng-dev): git
# archive of the commit into $R/libvncserver/src, then in src:
#   cmake -S . -B build -DWITH_OPENSSL=ON -DWITH_GNUTLS=OFF -DWITH_GCRYPT=OFF -DWITH_SASL=OFF
#     -DWITH_SYSTEMD=OFF -DWITH_FFMPEG=OFF -DWITH_GTK=OFF -DWITH_SDL=OFF -DWITH_EXAMPLES=OFF
#     -DWITH_TESTS=OFF -DCMAKE_EXPORT_COMPILE_COMMANDS=ON   (only configures: writes
#   build/include/rfb/rfbconfig.h, "Building TLS with OpenSSL"; nothing is built);
#   the flags are build/compile_commands.json's (-std=gnu90, the -D and the five -I; the
#   vncserver_EXPORTS/vncclient_EXPORTS defines are unused on Linux and left out)
# Files: the server's OpenSSL layer (src/libvncserver/rfbssl_openssl.c: SSL_accept, SSL_read,
# SSL_peek, SSL_write, SSL_get_error behind rfbssl_*), the socket code calling it
# (src/libvncserver/sockets.c: rfbReadExactTimeout, rfbPeekExactTimeout, rfbWriteExact, the
# select loop rfbCheckFds), the WebSockets layer that starts TLS and reads through it
# (src/libvncserver/websockets.c, its decoder ws_decode.c), the event loop (main.c); the client's
# OpenSSL layer (src/libvncclient/tls_openssl.c: SSL_connect, SSL_do_handshake, SSL_read,
# SSL_write), its socket code (src/libvncclient/sockets.c: ReadFromRFBServer, WriteToRFBServer),
# the protocol code running the TLS handshakes (rfbclient.c), the client's setup and teardown
# (vncviewer.c) and the shared socket helpers (src/common/sockets.c).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/libvncserver" ] || { echo "$0: $R/libvncserver: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/libvncserver/src
exec "$BIN" "$@" -j2 \
  $S/src/libvncserver/rfbssl_openssl.c $S/src/libvncserver/sockets.c $S/src/libvncserver/websockets.c \
  $S/src/libvncserver/ws_decode.c $S/src/libvncserver/main.c \
  $S/src/libvncclient/tls_openssl.c $S/src/libvncclient/sockets.c $S/src/libvncclient/rfbclient.c \
  $S/src/libvncclient/vncviewer.c $S/src/common/sockets.c \
  -- -std=gnu90 -DLIBVNCSERVER_HAVE_LIBJPEG -DLIBVNCSERVER_HAVE_LIBPNG -DLIBVNCSERVER_HAVE_LIBZ \
  -DLIBVNCSERVER_WITH_WEBSOCKETS -I$S/include -I$S/build/include -I$S/src/libvncserver \
  -I$S/src/libvncclient -I$S/src/common
