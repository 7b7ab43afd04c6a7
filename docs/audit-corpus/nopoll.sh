#!/bin/sh
# ossl-lint audit of nopoll (github.com/ASPLes/nopoll, branch master)
# a394b75305a1f1222e2841f74dc0de55ccb8a971 (2026-08-22)
# usage: nopoll.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/nopoll (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): git archive of the commit into
# $R/nopoll/src, then in src:
#   NOCONFIGURE=1 ./autogen.sh && ./configure   (only configures: writes src/nopoll_config.h with
#   NOPOLL_OS_UNIX, NOPOLL_64BIT_PLATFORM and NOPOLL_HAVE_TLS*_ENABLED; nothing is built); the
#   flags are src/Makefile's (DEFS -DHAVE_CONFIG_H, DEFAULT_INCLUDES -I. -I$(top_builddir),
#   AM_CPPFLAGS $(compiler_options) = -ansi (and warnings), -I$(top_srcdir), $(LOG) =
#   -DSHOW_DEBUG_LOG (configure's default --enable-nopoll-log=yes: nopoll_log() is then a call of
#   __nopoll_log() with its arguments, not an empty macro); -DVERSION and the PACKAGE_*_DIR
#   defines are unused by these files)
# Files: the connection layer with all of the OpenSSL I/O (src/nopoll_conn.c: SSL_connect and
# SSL_accept loops, nopoll_conn_tls_receive/send = SSL_read/SSL_write classified by
# __nopoll_conn_tls_handle_error()'s SSL_get_error(), installed as conn->receive/conn->send),
# the code that calls into it: the listener accepting connections (src/nopoll_listener.c), the
# wait loop reading messages (src/nopoll_loop.c), the context (src/nopoll_ctx.c), the public
# helpers and message API (src/nopoll.c, src/nopoll_msg.c, src/nopoll_conn_opts.c), the default
# I/O waiting engine (src/nopoll_io.c) and the logger (src/nopoll_log.c). Left out:
# src/nopoll_win32.c (Windows only) and src/nopoll_decl.c (declarations).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/nopoll" ] || { echo "$0: $R/nopoll: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/nopoll/src
exec "$BIN" "$@" -j2 \
  $S/src/nopoll_conn.c $S/src/nopoll_listener.c $S/src/nopoll_loop.c $S/src/nopoll_ctx.c \
  $S/src/nopoll.c $S/src/nopoll_msg.c $S/src/nopoll_conn_opts.c $S/src/nopoll_io.c \
  $S/src/nopoll_log.c \
  -- -DHAVE_CONFIG_H -DSHOW_DEBUG_LOG -ansi -I$S/src -I$S
