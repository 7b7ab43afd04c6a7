#!/bin/sh
# ossl-lint audit of amanda (github.com/zmanda/amanda, branch master)
# a7c8c3e7d4726ed7bccb6dbd5a3b274e73e1655e (2023-05-18, "Update README.md")
# usage: amanda.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/amanda (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libglib2.0-dev libcurl4-openssl-dev
# autoconf automake libtool gettext autopoint bison flex): git archive of the commit into
# $R/amanda/src, then in src:
#   ./autogen && ./configure --with-ssl-security --with-user=amanda --with-group=backup
#   (only configures: writes config/config.h with SSL_SECURITY, BSD_SECURITY, BSDTCP_SECURITY,
#   BSDUDP_SECURITY and SSH_SECURITY; nothing is built); the flags are common-src/Makefile's
#   DEFS, DEFAULT_INCLUDES, AM_CPPFLAGS and CPPFLAGS (-fno-strict-aliasing -D_GNU_SOURCE, the
#   glib includes, -pthread); no -std: gcc's default gnu17
# Files: the only OpenSSL TLS code, common-src/ssl-security.c (the "SSL" auth driver: runssl's
# SSL_connect and ssl_accept's SSL_accept, blocking and checked only for <= 0; ssl_data_write/
# ssl_data_write_non_blocking/ssl_data_read, its data_write/data_write_non_blocking/data_read
# hooks returning SSL_write/SSL_read results as they are; no SSL_get_error anywhere), and its
# callers and helpers: common-src/security-util.c (tcpm_send_token, tcpm_recv_token,
# tcpm_stream_read_sync, the shm-ring reader and async writers call the hooks through
# rc->driver->data_*; generic_data_* of the socket drivers), common-src/security.c (the driver
# table) and the other drivers this configuration links into libamanda (bsd-, bsdtcp-,
# bsdudp-, ssh- and local-security.c), whose tables store the other data_* hooks.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/amanda" ] || { echo "$0: $R/amanda: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/amanda/src
exec "$BIN" "$@" -j2 \
  $S/common-src/ssl-security.c $S/common-src/security-util.c $S/common-src/security.c \
  $S/common-src/bsd-security.c $S/common-src/bsdtcp-security.c $S/common-src/bsdudp-security.c \
  $S/common-src/ssh-security.c $S/common-src/local-security.c \
  -- -DHAVE_CONFIG_H -I$S/common-src -I$S/config -I$S/gnulib -fno-strict-aliasing -D_GNU_SOURCE \
  -I/usr/include/glib-2.0 -I/usr/lib/x86_64-linux-gnu/glib-2.0/include -pthread
