#!/bin/sh
# ossl-lint audit of x11vnc (github.com/LibVNC/x11vnc, branch master)
# 3877b6311dda6c8d02cbfb0d5fcc7a363b0cf956 (2024-07-14)
# usage: x11vnc.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/x11vnc (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libvncserver-dev libx11-dev libxext-dev libxtst-dev
# libssl-dev): git archive of the commit into $R/x11vnc/src, then in src:
#   autoreconf -fi && ./configure   (--without-drm where libdrm-dev is installed: its xf86drm.h
#   does not find drm.h; only configures: writes config.h with HAVE_LIBSSL and
#   HAVE_LIBCRYPTO, the OpenSSL helper compiled in; nothing is built);
#   the flags are src/Makefile's (DEFS -DHAVE_CONFIG_H, DEFAULT_INCLUDES -I. -I.., CPPFLAGS
#   -I/usr/include/drm/; no -std, the compiler's default gnu17; the libvncserver headers from
#   /usr/include)
# Files: the OpenSSL helper (src/sslhelper.c: the forked ssl_helper process per connection with
# SSL_accept/SSL_connect and SSL_get_error in ssl_init(), the SSL_read/SSL_write select() relay
# ssl_xfer(), the HTTP sniffing watch_for_http_traffic(), the SSL_read/SSL_write of the
# https-proxy reply in accept_openssl(), openssl_init() building the SSL_CTX), the certificate
# commands around it (src/sslcmds.c: stunnel and the openssl binary), the callers of the
# helper (src/connections.c: reverse connections; src/user.c: inetd/VNC accepts and the ports'
# checks), the event loop (src/screen.c: watch_loop() calling check_openssl()/check_https()) and
# the program (src/x11vnc.c: openssl_init() at start-up).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/x11vnc" ] || { echo "$0: $R/x11vnc: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/x11vnc/src
exec "$BIN" "$@" -j2 \
  $S/src/sslhelper.c $S/src/sslcmds.c $S/src/connections.c $S/src/user.c $S/src/screen.c \
  $S/src/x11vnc.c \
  -- -DHAVE_CONFIG_H -I$S/src -I$S -I/usr/include/drm/
