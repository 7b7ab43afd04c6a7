#!/bin/sh
# ossl-lint audit of xrdp (github.com/neutrinolabs/xrdp, branch devel, 0.10.x; an older commit of
# the snapshot, whose newest is 0fd50ed of 2024-10-25) 514c62c7c1a3f0b9c7bf1b8fe445ff907a65055f
# (2024-10-23)
# usage: xrdp.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/xrdp (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; configure needs libpam0g-dev, libx11-dev, libxfixes-dev,
#   libxrandr-dev, libxkbfile-dev): git archive of the commit into $R/xrdp/src (the submodules
#   librfxcodec, libpainter and ulalaca are empty directories); ulalaca/Makefile.in is in
#   AC_CONFIG_FILES whatever the options, so an empty ulalaca/Makefile.am is made
#   (`: > ulalaca/Makefile.am`); then in src `./bootstrap && ./configure --disable-painter
#   --disable-rfxcodec` (the two bundled libraries are absent; auth PAM), which writes
#   config_ac.h and the Makefiles. The flags are those of `make -n V=1 ssl_calls.lo` in common/
#   (DEFS, the XRDP_*_PATH defines, CFLAGS with -Werror) plus libxrdp's -I../common, less
#   libtool's -no-suppress and the dependency options.
# Files: the TLS layer (common/ssl_calls.c: ssl_tls_accept with SSL_accept and SSL_get_error,
# ssl_tls_log_error, ssl_tls_disconnect with SSL_shutdown, ssl_tls_read with SSL_read,
# ssl_tls_write with SSL_write, SSL_pending in ssl_tls_can_recv), the transport that calls it
# through its recv/send pointers (common/trans.c: trans_tls_recv/send, trans_set_tls_mode,
# trans_shutdown_tls_mode), and the RDP layers that switch a connection to TLS (libxrdp/
# xrdp_sec.c: the crypt_level and security-layer negotiation, xrdp_mcs.c, xrdp_iso.c, libxrdp.c).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/xrdp" ] || { echo "$0: $R/xrdp: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/xrdp/src
exec "$BIN" "$@" -j2 \
  $S/common/ssl_calls.c $S/common/trans.c $S/libxrdp/xrdp_sec.c $S/libxrdp/xrdp_mcs.c \
  $S/libxrdp/xrdp_iso.c $S/libxrdp/libxrdp.c \
  -- -DHAVE_CONFIG_H -I$S -I$S/common -DXRDP_CFG_PATH=\"/etc/xrdp\" \
     -DXRDP_SBIN_PATH=\"/usr/local/sbin\" -DXRDP_SHARE_PATH=\"/usr/local/share/xrdp\" \
     -DXRDP_PID_PATH=\"/var/run\" -DXRDP_LOG_PATH=\"/var/log\" \
     -g -O2 -Wall -Wwrite-strings -Wmissing-prototypes -Werror
