#!/bin/sh
# ossl-lint audit of spamdyke (github.com/chrisboulton/spamdyke, branch master)
# 5785cb3e4dfd18aa2dadbc1a12d3793c9def1a3f (2010-07-16, "Add support for setting a tls-cipher-list option whereby a list of supported TLS ciphers can be specified")
# usage: spamdyke.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/spamdyke (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): git archive of the commit into
#   $R/spamdyke/src, then in src/spamdyke:
#   ./configure --enable-tls ac_cv_search_SSL_library_init=-lssl CC="gcc -Wno-unused-but-set-variable"
#   (only configures: writes config.h with HAVE_LIBSSL; SSL_library_init is a macro since
#   OpenSSL 1.1, so its link test is answered from the cache variable, and the getopt test, run
#   with warnings as errors, fails on gcc 12's unused-but-set warning without the -Wno; nothing is
#   built); the flags are the Makefile's (CFLAGS -Wall -O2 -funsigned-char, DEFS empty; config.h
#   is included from the sources' own directory); no -std
# Files: spamdyke/tls.c (tls_init_inner: SSL_CTX_new, the certificate and key, SSL_new into the
# SSL** parameter; tls_start: SSL_set_rfd/SSL_set_wfd and the SSL_accept loop; tls_read/tls_write:
# the SSL_read/SSL_write loops; tls_end_inner: the SSL_shutdown loop; all classified with
# SSL_get_error; tls_error: describes and drains the queue, called only inside the log macros;
# tls_test), and their callers: spamdyke.c (main, middleman: smtps and STARTTLS through
# tls_start, the NETWORK_READ/NETWORK_CAN_READ macros over tls_read/tls_can_read, tls_end at the
# end of the session), log.c (output_writeln: NETWORK_WRITE over tls_write) and config_test.c
# (the --config-test run's tls_test).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/spamdyke" ] || { echo "$0: $R/spamdyke: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/spamdyke/src/spamdyke
exec "$BIN" "$@" -j2 \
  $S/tls.c $S/spamdyke.c $S/log.c $S/config_test.c \
  -- -Wall -O2 -funsigned-char
