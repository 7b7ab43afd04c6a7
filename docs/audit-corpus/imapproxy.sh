#!/bin/sh
# ossl-lint audit of imapproxy (SquirrelMail IMAP Proxy, up-imapproxy; GitHub copy
# github.com/maltris/imapproxy, branch main: SquirrelMail's SVN trunk r15019 with OpenSSL >= 1.1.1
# fixes, the newest of the copies in the fetch store: rlaager/imapproxy-pkg and
# ericpp/imapproxy-gmail carry the 2016-2017 trunk, sitle/squirrelmail-src the 2015 one)
# f223e3012d76aa0989fc51c9d450c7afd290703f (2024-07-12, "Adding docker directory with container
# examples")
# usage: imapproxy.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/imapproxy (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): git archive of the commit into
# $R/imapproxy/src, then in src:
#   ./configure   (only configures: writes config.h with HAVE_LIBSSL, HAVE_POLL, HAVE_NFDS_T;
#   nothing is built); the flags are Makefile's compile line: CFLAGS (-g -O2, left out),
#   FLAGS (-I. -I./include), CPPFLAGS and DEFINES empty; no -std: gcc's default gnu17
# Files: the OpenSSL layer, src/imapcommon.c (IMAP_Write/IMAP_Read wrapping SSL_write/SSL_read,
# Attempt_STARTTLS's SSL_connect with SSL_get_error, IMAP_Line_Read/IMAP_Literal_Read, the
# server connection setup Get_Server_conn, SSLerrmessage draining the queue); its callers:
# src/request.c (the per-client thread: Raw_Proxy/HandleRequest/cmd_* relaying between the
# client socket and the server's TLS connection, SSL_pending), src/icc.c (the connection cache:
# ICC_Logout/ICC_Recycle_Loop with SSL_shutdown), src/select.c (SELECT caching over
# IMAP_Write/IMAP_Line_Read) and src/main.c (SSL_CTX setup, the listener, thread start).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/imapproxy" ] || { echo "$0: $R/imapproxy: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/imapproxy/src
exec "$BIN" "$@" -j2 \
  $S/src/imapcommon.c $S/src/request.c $S/src/icc.c $S/src/select.c $S/src/main.c \
  -- -I$S -I$S/include
