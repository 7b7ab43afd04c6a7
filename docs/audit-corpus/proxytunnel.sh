#!/bin/sh
# ossl-lint audit of proxytunnel (github.com/proxytunnel/proxytunnel, branch master; 1.12.3+)
# 6db7e5093ef19b4cf59d5c8647dbef6e5c863c6a (2026-05-11)
# usage: proxytunnel.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/proxytunnel (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0): git archive of the commit into $R/proxytunnel/src; nothing
#   else (a plain Makefile and a committed config.h). The flags are those of `make -n ptstream.o`
#   (CFLAGS -Wall -O2 -ggdb, OPTFLAGS -DHAVE_GETOPT_LONG -DSETPROCTITLE -DSPT_TYPE=2; OpenSSL is
#   always built in).
# Files: the stream layer (ptstream.c: stream_close with SSL_shutdown, stream_read with SSL_read,
# stream_write with SSL_write, stream_copy, stream_enable_ssl with SSL_connect), the I/O loop
# that copies between the streams (io.c: readline, cpio), the proxy protocol that starts TLS on a
# stream (http.c) and the program (proxytunnel.c).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/proxytunnel" ] || { echo "$0: $R/proxytunnel: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/proxytunnel/src
exec "$BIN" "$@" -j2 \
  $S/ptstream.c $S/io.c $S/http.c $S/proxytunnel.c \
  -- -Wall -O2 -ggdb -DHAVE_GETOPT_LONG -DSETPROCTITLE -DSPT_TYPE=2 -I$S
