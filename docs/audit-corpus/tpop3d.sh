#!/bin/sh
# ossl-lint audit of tpop3d (github.com/colinmkeith/tpop3d, branch master)
# 8fd0f6965503a69c416f3214e1ac923584a12db8 (2014-05-07, "Merge branch 'master' of https://github.com/colinmkeith/tpop3d")
# usage: tpop3d.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/tpop3d (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev autoconf automake libpam0g-dev):
#   git archive of the commit into $R/tpop3d/src, then in src:
#   sh bootstrap && ./configure --enable-tls   (only configures: writes configuration.h with
#   USE_TLS, AUTH_PAM, MBOX_BSD; nothing is built); the flags are the Makefile's (DEFS
#   -DHAVE_CONFIG_H, DEFAULT_INCLUDES -I., CPPFLAGS -I/usr/include, CFLAGS' -DCONFIG_DIR with the
#   default prefix); no -std
# Files: the TLS I/O layer ioabs_tls.c (ioabs_tls_create: SSL_new, SSL_set_fd and the first
# SSL_accept; ioabs_tls_post_select: the resumed SSL_accept, the read and write loops;
# ioabs_tls_read: SSL_read; ioabs_tls_immediate_write: SSL_write; ioabs_tls_shutdown:
# SSL_shutdown; each pops one error with ERR_get_error before SSL_get_error), tls.c (the
# listeners' SSL_CTX setup), and the callers: connection.c (connection_new, which makes the TLS
# layer, and the line I/O over the ioabs operations), netloop.c (the poll loop of the main
# process over every connection, fork_child), listener.c (STARTTLS and pop3s listeners),
# ioabs_tcp.c (the plain layer of the same operations) and main.c.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/tpop3d" ] || { echo "$0: $R/tpop3d: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/tpop3d/src
exec "$BIN" "$@" -j2 \
  $S/ioabs_tls.c $S/tls.c $S/connection.c $S/netloop.c $S/listener.c $S/ioabs_tcp.c $S/main.c \
  -- -DHAVE_CONFIG_H -I$S -I/usr/include '-DCONFIG_DIR="/usr/local/etc"'
