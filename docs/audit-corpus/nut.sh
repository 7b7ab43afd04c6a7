#!/bin/sh
# ossl-lint audit of nut (github.com/networkupstools/nut, branch master)
# 6c63f7745ab58a8bde1725d94551b912c550ac58 (2026-08-06)
# usage: nut.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/nut (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): git archive of the commit into
# $R/nut/src, then in src:
#   ./autogen.sh && ./configure --with-ssl --with-openssl --without-all --with-dev=no --without-docs
#   (only configures: writes include/config.h with WITH_SSL/WITH_OPENSSL 1, WITH_NSS undefined)
#   make -C include nut_version.h   (the one generated header upsclient.c needs; nothing is built)
#   the flags are the Makefiles' (-DHAVE_CONFIG_H, -std=gnu99, -I include)
# Files: the upsd OpenSSL layer (server/netssl.c: SSL_accept loop in net_starttls, SSL_read/SSL_write
# in ssl_read/ssl_write, SSL_shutdown in ssl_finish, SSL_get_error in ssl_error), the server loop
# that calls it (server/upsd.c), the client library (clients/upsclient.c: SSL_connect, SSL_read,
# SSL_write, SSL_shutdown, upscli_strerror's ERR_get_error), its auth config (clients/authconf.c)
# and the clients that drive it (clients/upsmon.c, upsc.c, upslog.c, upsrw.c, upscmd.c).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/nut" ] || { echo "$0: $R/nut: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/nut/src
exec "$BIN" "$@" -j2 \
  $S/server/netssl.c $S/server/upsd.c \
  $S/clients/upsclient.c $S/clients/authconf.c $S/clients/upsmon.c $S/clients/upsc.c \
  $S/clients/upslog.c $S/clients/upsrw.c $S/clients/upscmd.c \
  -- -std=gnu99 -DHAVE_CONFIG_H -I$S/include -I$S/clients -I$S/server
