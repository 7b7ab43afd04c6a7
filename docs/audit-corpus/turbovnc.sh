#!/bin/sh
# ossl-lint audit of turbovnc (github.com/TurboVNC/turbovnc, branch main) afb793371a79240171f6eadb7bbcee2aaa422b44 (2026-07-29, "Viewer: Opt. emulate MMB with LMB + modifier keys")
# usage: turbovnc.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/turbovnc (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libturbojpeg0-dev libxfont-dev libdrm-dev
# x11proto-dev libxkbfile-dev libxau-dev libxdmcp-dev libxshmfence-dev libgbm-dev libepoxy-dev
# libpixman-1-dev libpam0g-dev zlib1g-dev): git archive --prefix=src/ of the commit into
# $R/turbovnc (the tree is $R/turbovnc/src; the snapshot lacks the blob of
# unix/Xvnc/programs/Xserver/ChangeLog, so that one path is left out of the archive: git archive
# HEAD -- . ':!unix/Xvnc/programs/Xserver/ChangeLog'), then in src:
#   mkdir build && cd build && cmake .. -DTVNC_BUILDVIEWER=0 -DCMAKE_EXPORT_COMPILE_COMMANDS=ON
#   -DTJPEG_INCLUDE_DIR=/usr/include -DTJPEG_LIBRARY=/usr/lib/x86_64-linux-gnu/libturbojpeg.so
#   (only configures, for build/unix/Xvnc/programs/Xserver/include/dix-config.h; nothing is built);
#   the flags are the vnc library's entry of build/compile_commands.json (the default
#   TVNC_USETLS=OpenSSL, TVNC_DLOPENSSL=1), less the -I of the build's zlib-ng directory, whose
#   generated headers are not built: Debian's zlib.h stands in
# Files: the Xvnc server's hw/vnc layer: rfbssl_openssl.c (rfbssl_init/rfbssl_accept/
# rfbssl_read/rfbssl_peek/rfbssl_write/rfbssl_destroy over SSL_accept/SSL_read/SSL_peek/SSL_write
# classified with SSL_get_error; every OpenSSL function is called through the tables `ssl` and
# `crypto`, filled by dlsym() in this configuration), sockets.c (ReadExact/PeekExact/WriteExact
# over rfbssl_*, the client sockets), websockets.c (the WebSockets handshake with TLS and its
# decoder's reads), auth.c (the VeNCrypt TLS/X509 security types: rfbssl_init, rfbssl_accept) and
# rfbserver.c (the RFB protocol that reads and writes through ReadExact/WriteExact)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/turbovnc" ] || { echo "$0: $R/turbovnc: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/turbovnc/src
V=$S/unix/Xvnc/programs/Xserver
exec "$BIN" "$@" -j2 \
  $V/hw/vnc/rfbssl_openssl.c $V/hw/vnc/sockets.c $V/hw/vnc/websockets.c $V/hw/vnc/auth.c \
  $V/hw/vnc/rfbserver.c \
  -- -DCLIENTIDS -DCOMPOSITE -DDAMAGE -DDDXOSVERRORF -DDLOPENSSL -DDPMSExtension -DDRI3 -DGLXEXT \
  -DHAS_SHM -DHAVE_ARC4RANDOM_BUF -DHAVE_DIX_CONFIG_H -DHAVE_REALLOCARRAY -DHAVE_STRCASECMP \
  -DHAVE_STRSEP -DHAVE_UNISTD_H -DHAVE_XSHMFENCE -DIPv6 -DMITSHM -DMONOTONIC_CLOCK -DNVCONTROL \
  -DPANORAMIX -DPRESENT -DRANDR -DRENDER -DRES -DSCREENSAVER -DSHAPE -DTURBOVNC -DUSETLS -DUSE_POLL \
  -DXACE -DXCSECURITY -DXF86BIGFONT -DXFIXES -DXINPUT -DXRECORD -DXTEST -DXV -DXVNC_AuthPAM \
  -D_GNU_SOURCE -D_XSERVER64 -I$S/unix/include -I/usr/include/pixman-1 -I$V/Xext -I$V/include \
  -I$V/miext/damage -I$V/present -I$S/build/unix/Xvnc/programs/Xserver/include -I$V/hw/vnc \
  -I$V/fb -I$V/mi -I$V/os -I$V/randr -I$V/render -I$S/common/rfb -I$S/unix/libXNVCtrl -I$V/dri3 \
  -I$V/miext/sync -isystem /usr/include/libdrm -O3 -DNDEBUG
