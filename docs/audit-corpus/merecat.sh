#!/bin/sh
# ossl-lint audit of merecat (github.com/troglobit/merecat, branch master)
# 57a2ce7c0cca65579f57d248ef89300eb22c2d97 (2026-03-15, "Refresh default landing page with
# light/dark mode toggle"), in place of nostromo (nhttpd): no repository of nostromo's source is
# in the fetchable mirrors (find_repos: nostromo*, nhttpd*; bleubyte/nostromo_nhttpd holds only
# its conf/ and htdocs/); merecat is the same kind of program, a small single-process Unix web
# server (thttpd's descendant) whose HTTPS does its own OpenSSL I/O
# usage: merecat.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/merecat (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libconfuse-dev zlib1g-dev autoconf
# automake): git archive of the commit into $R/merecat/src, then in src:
#   ./autogen.sh && ./configure   (only configures: config.h with ENABLE_SSL, HAVE_LIBCONFUSE,
#   HAVE_ZLIB_H; configure.ac empties the prefix, so sysconfdir is /etc; nothing is built)
# the flags are src/Makefile's merecat_CPPFLAGS (-D_POSIX_SOURCE -D_BSD_SOURCE -D_GNU_SOURCE
# -D_DEFAULT_SOURCE, CONFDIR/LOCALSTATEDIR/RUNDIR as configured), DEFS -DHAVE_CONFIG_H,
# DEFAULT_INCLUDES -I. -I.. and merecat_CFLAGS' -fPIC -std=gnu99 (warnings left out; pkg-config's
# OpenSSL, confuse and zlib cflags are empty)
# Files: every source of the merecat program (merecat_SOURCES with ENABLE_SSL and HAVE_CONFUSE,
# and libmatch's match.c): src/ssl.c (httpd_ssl_init; status(), the classifier; accept_connection:
# poll and SSL_accept until it stops asking for EAGAIN; httpd_ssl_open: SSL_new, SSL_set_fd;
# httpd_ssl_read/httpd_ssl_write/httpd_ssl_writev: SSL_read/SSL_write classified by status();
# httpd_ssl_shutdown: SSL_shutdown), src/libhttpd.c (httpd_read/httpd_write/httpd_writev, which
# pick TLS or the plain socket, and httpd_get_conn, which opens the TLS session), src/merecat.c
# (the fdwatch main loop: handle_read, handle_send, handle_linger, the proxy handlers), src/srv.c
# (the servers' setup, httpd_ssl_init) and the rest of the program
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/merecat" ] || { echo "$0: $R/merecat: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/merecat/src/src
exec "$BIN" "$@" -j2 \
  $S/ssl.c $S/libhttpd.c $S/merecat.c $S/srv.c $S/conf.c $S/file.c $S/fdwatch.c $S/base64.c \
  $S/md5.c $S/mmc.c $S/pidfile.c $S/stack.c $S/timers.c $S/tdate_parse.c $S/match.c \
  -- -DHAVE_CONFIG_H -I$S -I$S/.. -D_POSIX_SOURCE -D_BSD_SOURCE -D_GNU_SOURCE -D_DEFAULT_SOURCE \
  '-DCONFDIR="/etc"' '-DLOCALSTATEDIR="/var"' '-DRUNDIR="/var/run"' -fPIC -std=gnu99
