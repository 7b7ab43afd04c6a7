#!/bin/sh
# ossl-lint audit of jimtcl (github.com/msteveb/jimtcl, branch master) ac7c48b9ba841d6d0e90dda5dafaa174a3e02679 (2026-06-04, "build: don't include JIM_GITVERSION in jimautoconf.h")
# usage: jimtcl.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/jimtcl (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev zlib1g-dev tclsh): git archive of the commit into $R/jimtcl/src
# (without sqlite3/sqlite3.c, absent from the snapshot and not read); in src: ./configure --ssl, which writes
# jimautoconf.h (JIM_SSL, HAVE_PKG_OPENSSL) and jim-config.h; the flags are the Makefile's AS_CFLAGS/AS_CPPFLAGS.
# Files: jim-aio.c is the aio extension (files, pipes, sockets as Tcl channels) and holds the whole SSL
# support: the ssl_fops table (ssl_reader/SSL_read, ssl_writer/SSL_write, ssl_error/SSL_get_error,
# ssl_strerror/ERR_get_error), the "$sock ssl" subcommand (SSL_new, SSL_connect/SSL_accept) and
# "verify", and their callers (aio_read_len, aio_flush, JimCheckStreamError, read/gets/puts/flush).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/jimtcl" ] || { echo "$0: $R/jimtcl: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/jimtcl/src
exec "$BIN" "$@" -j2 \
  $S/jim-aio.c \
  -- -I$S -D_GNU_SOURCE -DUSE_UTF8 -DHAVE_OPENPTY -O2 -Wall
