#!/bin/sh
# ossl-lint audit of htpdate (github.com/twekkel/htpdate, branch master) c3666d6d107662081339a1a24cab092810d7cd00 (2026-05-06, "Version bump to 2.0.2 and License year update")
# usage: htpdate.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/htpdate (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): git archive of the commit into
# $R/htpdate/src; nothing to configure (plain Makefile, no config header); the flags are the
# Makefile's "https" target: CFLAGS -Wall -std=c11 -pedantic -O2 plus -DENABLE_HTTPS
# Files: the whole program, htpdate.c (getHTTPdate: SSL_CTX_new/SSL_new/SSL_connect over the
# blocking socket, sendHEADTLS: one SSL_write of the HEAD request and an SSL_read loop until the
# end of the headers, SSL_shutdown; no SSL_get_error anywhere) and its helper base64.c (proxy
# and basic-auth credentials).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/htpdate" ] || { echo "$0: $R/htpdate: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/htpdate/src
exec "$BIN" "$@" -j2 \
  $S/htpdate.c $S/base64.c \
  -- -Wall -std=c11 -pedantic -O2 -DENABLE_HTTPS
