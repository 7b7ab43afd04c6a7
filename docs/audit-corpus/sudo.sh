#!/bin/sh
# ossl-lint audit of sudo (github.com/sudo-project/sudo, branch main)
# 2e18923c2e959fff57b60207a261080daa2ebee9 (2026-08-20, "sudoedit: don't overload EISDIR, it
# produces confusing error messages"; 1.9.18)
# usage: sudo.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/sudo (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev zlib1g-dev libpam0g-dev): git archive of
#   the commit into $R/sudo/src, then in src: ./configure --enable-openssl   (only configures:
#   writes config.h with HAVE_OPENSSL, HAVE_SSL_READ_EX, ...; nothing is built); the flags are
#   logsrvd/Makefile's and plugins/sudoers/Makefile's (CPPFLAGS -I$(incdir) -I$(top_builddir)
#   -I$(srcdir) -DZLIB_CONST -U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=3 and each directory's CPPDEFS
#   with the default prefix; CFLAGS -g -O2 -fvisibility=hidden), the two directories' -I in one
#   run (no header name is in both); no -std: the compiler's default
# Files: the log server sudo_logsrvd: logsrvd/logsrvd.c (tls_handshake_cb: the non-blocking
# SSL_accept classified with SSL_get_error; client_msg_cb/server_msg_cb: SSL_read/SSL_write
# classified; connection_closure_free: SSL_shutdown classified), logsrvd/logsrvd_relay.c (the
# relay's own client connection: relay_server_msg_cb/relay_client_msg_cb, SSL_read/SSL_write
# classified; the close's SSL_shutdown), logsrvd/tls_client.c (tls_connect_cb: SSL_connect
# classified, shared by the relay and sendlog), logsrvd/tls_init.c (the SSL_CTX setup of both
# sides), logsrvd/logsrvd_conf.c (the configuration that calls it), logsrvd/logsrvd_local.c,
# logsrvd/logsrvd_journal.c and logsrvd/logsrvd_queue.c (the local and journal back ends and the
# relay's outgoing queue, which the message handlers call), logsrvd/logsrv_util.c (shared
# helpers); the test client sudo_sendlog: logsrvd/sendlog.c (its own server_msg_cb/client_msg_cb:
# SSL_read/SSL_write classified); the sudoers plugin's client: plugins/sudoers/log_client.c
# (tls_init, tls_connect_cb: SSL_connect classified; server_msg_cb/client_msg_cb: SSL_read/
# SSL_write classified; client_closure_free_contents: SSL_shutdown) and its callers
# plugins/sudoers/iolog.c, audit.c and logging.c (log_server_open/log_server_close and the I/O
# log messages); lib/ssl_compat is for OpenSSL < 1.1 and not part of this build
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/sudo" ] || { echo "$0: $R/sudo: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/sudo/src
exec "$BIN" "$@" -j2 \
  $S/logsrvd/logsrvd.c $S/logsrvd/logsrvd_relay.c $S/logsrvd/tls_client.c $S/logsrvd/tls_init.c \
  $S/logsrvd/logsrvd_conf.c $S/logsrvd/logsrvd_local.c $S/logsrvd/logsrvd_journal.c \
  $S/logsrvd/logsrvd_queue.c $S/logsrvd/logsrv_util.c $S/logsrvd/sendlog.c \
  $S/plugins/sudoers/log_client.c $S/plugins/sudoers/iolog.c $S/plugins/sudoers/audit.c \
  $S/plugins/sudoers/logging.c \
  -- -I$S/include -I$S -I$S/logsrvd -I$S/plugins/sudoers \
  '-D_PATH_SUDO_LOGSRVD_CONF="/etc/sudo_logsrvd.conf"' '-DLOCALEDIR="/usr/local/share/locale"' \
  '-DLIBDIR="/usr/local/lib"' '-D_PATH_SUDOERS="/etc/sudoers"' \
  '-D_PATH_CVTSUDOERS_CONF="/etc/cvtsudoers.conf"' -DSUDOERS_UID=0 -DSUDOERS_GID=0 \
  -DSUDOERS_MODE=0440 -DZLIB_CONST -U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=3 -g -O2 -fvisibility=hidden
