#!/bin/sh
# ossl-lint audit of slrn (github.com/jedsoft/slrn, branch master) 39e5d7fa2dae09f43cd194291118741ef06d0638
# (2021-12-12, "pre1.0.4-6: Updated the README and other files to refer to <https://slrn.info/>.")
# usage: slrn.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/slrn (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libslang2-dev): git archive of the commit
#   into $R/slrn/src, then in src:
#   ./configure --with-ssl && cp src/sysconf.h src/config.h
#   (only configures: writes src/sysconf.h with USE_SSL, hence SLTCP_HAS_SSL_SUPPORT, and
#   src/slrnfeat.h; the cp is src/Makefile's own $(CONFIG_H) rule; nothing is built); the flags
#   are src/Makefile's ALL_CFLAGS: CFLAGS -g -O2, -Dunix, the DEFINES SLRN_SLANG_DIR, SLRN_LIB_DIR,
#   SLRN_CONF_DIR and NLS_LOCALEDIR with the default prefix (SSL_INC's absent
#   -I/usr/local/ssl/include left out; slang's and iconv's include flags are empty); the objects
#   are compiled in src/objs, so "config.h" is found beside the sources; no -std: gcc's default
# Files: src/server.c, the unit that #includes the TLS layer src/sltcp.c (alloc_ssl: SSL_CTX_new,
# SSL_new; sltcp_open_connection: SSL_set_fd and the blocking SSL_connect, classified by
# dump_ssl_error with SSL_get_error, then dump_ssl_error_0 drains with ERR_get_error;
# do_ssl_write/do_ssl_read: SSL_write/SSL_read classified with SSL_get_error; no SSL_shutdown)
# and the NNTP client over it (nntplib.c, nntp.c, spool.c, all #included there), and the units
# of the slrn program that call the server object or the NNTP layer: src/art.c, src/group.c,
# src/interp.c, src/misc.c, src/score.c, src/xover.c and src/slrn.c (main, and perform_cleanup,
# which closes the server from slrn_exit_error, the connection-lost hook's exit); grplens.c is
# compiled out (SLRN_HAS_GROUPLENS 0), and slrnpull.c, a second program that is not built by
# default (OTHER_EXECS is empty), is not in the run
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/slrn" ] || { echo "$0: $R/slrn: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/slrn/src/src
exec "$BIN" "$@" -j2 \
  $S/server.c $S/art.c $S/group.c $S/interp.c $S/misc.c $S/score.c $S/slrn.c $S/xover.c \
  -- -g -O2 -Dunix '-DSLRN_SLANG_DIR="/usr/local/share/slrn/slang"' \
  '-DSLRN_LIB_DIR="/usr/local/share/slrn"' '-DSLRN_CONF_DIR="/usr/local/etc/slrn"' \
  '-DNLS_LOCALEDIR="/usr/local/share/locale"' -I$S
