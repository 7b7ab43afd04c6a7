#!/bin/sh
# ossl-lint audit of pure-ftpd (jedisct1/pure-ftpd 5008fcaac7432c34803335c67356d9e6d15bbbe9, 2026-04-28): every source of the pure-ftpd program (main.c + libpureftpd_a_SOURCES of src/Makefile.am; TLS in tls.c, I/O in ftpd.c, ftp_parser.c, ls.c); how to prepare: ./autogen.sh && ./configure --with-tls (config.h with WITH_TLS)
# usage: pure-ftpd.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/pure-ftpd (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/pure-ftpd" ] || { echo "$0: $R/pure-ftpd: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/pure-ftpd/src
exec "$B" "$@" -j2 $S/src/main.c $S/src/altlog.c $S/src/alt_arc4random.c $S/src/bonjour.c $S/src/bsd-glob.c $S/src/bsd-realpath.c $S/src/bsd-getopt_long.c $S/src/caps.c $S/src/crypto.c $S/src/daemons.c $S/src/diraliases.c $S/src/dynamic.c $S/src/fakesnprintf.c $S/src/fakechroot.c $S/src/ftp_parser.c $S/src/ftpd.c $S/src/ftpwho-update.c $S/src/ftpwho-read.c $S/src/getloadavg.c $S/src/ipstack.c $S/src/log_unix.c $S/src/log_mysql.c $S/src/log_pgsql.c $S/src/log_pam.c $S/src/log_ldap.c $S/src/log_puredb.c $S/src/log_extauth.c $S/src/ls.c $S/src/mysnprintf.c $S/src/parser.c $S/src/privsep.c $S/src/quotas.c $S/src/safe_rw.c $S/src/simpleconf.c $S/src/tls_extcert.c $S/src/tls.c $S/src/upload-pipe.c $S/src/utils.c -- -DHAVE_CONFIG_H -DINCLUDE_IO_WRAPPERS=1 -D_FORTIFY_SOURCE=2 '-DCONFDIR="/etc"' '-DSTATEDIR="/var"' -I$S/src -I$S
