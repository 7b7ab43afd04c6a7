#!/bin/sh
# ossl-lint audit of monit 5.25.4+ (GitHub mirror github.com/bAndie91/monit, branch master)
# fa6622c28a24f02a0a6a5df7c14d1d8dbc3fb9e7 (2020-09-03; upstream tildeslash's last commit in it is
# 24f310b of 2019-05-03, the mirror adds a README change; tildeslash/monit and MMonit/monit have no
# snapshot here)
# usage: monit.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/monit (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0): git archive of the commit into $R/monit/src (libmonit is a
# directory of the tree), then
#   cd $R/monit/src && sh ./bootstrap && sh ./configure --without-pam
#   (writes src/config.h with HAVE_OPENSSL and libmonit/src/xconfig.h). The flags are the Makefile's:
#   DEFS, DEFAULT_INCLUDES, AM_CPPFLAGS (-DLINUX -DSYSCONFDIR, -I of src/*, libmonit/src) and the
#   CFLAGS that matter to parsing (-funsigned-char -D_GNU_SOURCE -std=c99 -D_REENTRANT).
# Files: the TLS layer (src/ssl/Ssl.c: SSL_connect, SSL_accept, SSL_read, SSL_write, SSL_shutdown,
# each classified by SSL_get_error), the socket layer that wraps it (src/socket.c, src/net.c), every
# caller of the socket layer: the protocol tests (src/protocols/*.c), the HTTP server and client
# (src/http/*.c: engine.c sets up the SslServer, processor.c reads and answers requests), the
# notifications (src/notification/*.c: SMTP STARTTLS, M/Monit), and the daemon's main loop and
# helpers (monit.c, validate.c, alert.c, control.c, event.c, util.c, md5.c, md5_crypt.c, sha1.c).
# The parser (p.y, l.l) is not generated; its calls are outside the run.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/monit" ] || { echo "$0: $R/monit: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/monit/src
exec "$BIN" "$@" -j2 \
  $S/src/ssl/Ssl.c $S/src/socket.c $S/src/net.c $S/src/alert.c $S/src/control.c $S/src/event.c \
  $S/src/monit.c $S/src/util.c $S/src/validate.c $S/src/md5.c $S/src/md5_crypt.c $S/src/sha1.c \
  $S/src/protocols/*.c $S/src/http/*.c $S/src/notification/*.c \
  -- -DHAVE_CONFIG_H -I$S -I$S/src -funsigned-char -D_GNU_SOURCE -std=c99 -D_REENTRANT -DLINUX \
     -DSYSCONFDIR=\"/usr/local/etc\" -I$S/src/device -I$S/src/http -I$S/src/notification \
     -I$S/src/process -I$S/src/protocols -I$S/src/ssl -I$S/src/terminal -I$S/libmonit/src
