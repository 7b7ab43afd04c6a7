#!/bin/sh
# ossl-lint audit of tn5250 (github.com/tn5250/tn5250, branch main) b8448fecd2825bc8e1aa3361371844fb8f25697d (2026-05-04, "Merge pull request #57 from NattyNarwhal/backspace")
# usage: tn5250.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/tn5250 (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libncurses-dev autoconf automake libtool): git archive of the commit into $R/tn5250/src;
# in src: autoreconf -fi (autogen.sh), then ./configure (finds OpenSSL: config.h with HAVE_LIBSSL); the flags are
# the Makefiles' DEFS/DEFAULT_INCLUDES/AM_CPPFLAGS (-DHAVE_CONFIG_H -I. -I.. -DSYSCONFDIR=...).
# Files: lib5250/sslstream.c is the TLS telnet (TN5250E over "telnets"/"ssl:") stream of the 5250 emulator's
# library: SSL_CTX set up in tn5250_ssl_stream_init(), blocking SSL_connect() in ssl_stream_connect(), then the
# socket is made non-blocking; ssl_stream_get_next() reads with SSL_read() and classifies with SSL_get_error(),
# the telnet negotiation and ssl_stream_write() write with SSL_write(); lib5250/stream.c picks the stream type and
# connects, lib5250/utility.c keeps the library's error (ERR_error_string()), lib5250/session.c and
# lib5250/printsession.c drive the streams (display and printer sessions), curses/tn5250.c and lp5250d/lp5250d.c
# are the programs.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/tn5250" ] || { echo "$0: $R/tn5250: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/tn5250/src
exec "$BIN" "$@" -j2 \
  $S/lib5250/sslstream.c $S/lib5250/stream.c $S/lib5250/utility.c $S/lib5250/session.c \
  $S/lib5250/printsession.c $S/curses/tn5250.c $S/lp5250d/lp5250d.c \
  -- -I$S -I$S/lib5250 -DHAVE_CONFIG_H -DSYSCONFDIR=\"/usr/local/etc\" -g -O2
