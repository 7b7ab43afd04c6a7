#!/bin/sh
# ossl-lint audit of spamc, SpamAssassin's C client (github.com/apache/spamassassin, the GitHub
# mirror of Apache SpamAssassin, branch trunk, 4.0.2-dev) f7fe7b82a2db63ee1406d74d88ce564b69881954
# (2024-10-24)
# usage: spamc.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/spamc (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0): one blob of the snapshot is missing (a .psd under
#   powered_by/), so: git archive f7fe7b8 -- . ':!powered_by' into $R/spamc/src; then in src/spamc
#   what spamc/configure.pl does for Makefile.PL's ENABLE_SSL=yes, in two steps: version.h
#   (`perl version.h.pl --with-version=4.000002`, lib/Mail/SpamAssassin.pm's $VERSION: the script
#   cannot load Mail::SpamAssassin itself without NetAddr::IP) and `./configure --enable-ssl`,
#   which writes config.h, spamc.h and spamc/Makefile. The flags are those of its spamc target
#   ($(SSLCFLAGS) $(CFLAGS) = -DSPAMC_SSL -g -O2; run from the top directory, no -I).
# Files: the client library (spamc/libspamc.c: _try_ssl_ctx_init, _try_ssl_connect with
# SSL_connect and SSL_get_error, message_filter and message_tell with SSL_write, SSL_shutdown and
# the replies read through ssl_timeout_read), its I/O helpers (spamc/utils.c: ssl_timeout_read
# with SSL_read, fd_timeout_read, full_read_ssl), and the program (spamc/spamc.c, spamc/getopt.c:
# the other units of the spamc target).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/spamc" ] || { echo "$0: $R/spamc: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/spamc/src/spamc
exec "$BIN" "$@" -j2 \
  $S/libspamc.c $S/utils.c $S/spamc.c $S/getopt.c \
  -- -DSPAMC_SSL -g -O2
