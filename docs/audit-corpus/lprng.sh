#!/bin/sh
# ossl-lint audit of lprng (github.com/Distrotech/lprng, branch master) cec2acd25d1eb59d1fa179e9db88a1dbd9677f1f (2015-12-21, "FIX: clean the full buffer")
# usage: lprng.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/lprng (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev autoconf automake gettext): git archive of
#   the commit into $R/lprng/src; then in src: `autoreconf -i` (what autogen.sh runs) and
#   `ac_cv_lib_ssl_SSL_load_error_strings=yes ./configure --enable-ssl` (the cache value:
#   configure looks for the function SSL_load_error_strings in -lssl, which OpenSSL 1.1+ has only
#   as a macro, and --enable-ssl then stops with "Unable to use OpenSSL"; only configures: writes
#   config.h with SSL_ENABLE and without WITHPLUGINS, so ssl_auth.c is linked into lpd and the
#   clients instead of being a plugin; nothing is built); the flags are src/Makefile's DEFS,
#   DEFAULT_INCLUDES and AM_CPPFLAGS (-DHAVE_CONFIG_H -I. -I.. -Iinclude -DLOCALEDIR=...), the
#   warnings aside
# Files: src/auth/ssl_auth.c is the SSL authentication module (struct security ssl_auth:
#   Ssl_send, the client's authenticated transfer: SSL_Initialize_ctx, Open_SSL_connection with
#   SSL_connect, Write_SSL_connection with SSL_write, Gets_SSL_connection/Read_SSL_connection with
#   SSL_read, each classified with SSL_get_error, Close_SSL_connection with SSL_shutdown, Set_ERR_str
#   draining the queue into the message; Ssl_receive, lpd's side: Accept_SSL_connection with an
#   SSL_accept/select loop, then the same reads and writes); its callers, through the
#   struct's function pointers: src/common/lpd_secure.c (Receive_secure -> server_receive, in lpd's
#   per-connection child), src/common/sendauth.c (Send_auth_transfer -> client_send), sendjob.c and
#   sendreq.c (which call Send_auth_transfer for lpr/lpq/lprm/lpc and lpd's forwarding), and
#   user_auth.c (the table of security modules).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/lprng" ] || { echo "$0: $R/lprng: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/lprng/src
exec "$BIN" "$@" -j2 \
  $S/src/auth/ssl_auth.c $S/src/common/lpd_secure.c $S/src/common/sendauth.c \
  $S/src/common/sendjob.c $S/src/common/sendreq.c $S/src/common/user_auth.c \
  -- -DHAVE_CONFIG_H -I$S/src -I$S -I$S/src/include '-DLOCALEDIR="/usr/local/share/locale"'
