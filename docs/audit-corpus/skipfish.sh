#!/bin/sh
# ossl-lint audit of skipfish (github.com/spinkham/skipfish, branch master) 093800c9de4116706258982376abce01928a3f7b (2012-12-21, "2.10b: Many updates, see changelog")
# usage: skipfish.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/skipfish (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libidn11-dev libpcre3-dev zlib1g-dev):
#   git archive of the commit (a GitHub mirror of Google's skipfish 2.10b) into $R/skipfish/src;
#   nothing to configure (plain Makefile, no config header); the flags are the Makefile's
#   CFLAGS_GEN (-funsigned-char -I/usr/local/include/ -I/opt/local/include/ -DVERSION="2.10b").
#   http_client.c's check_ssl() reads two structs that are opaque since OpenSSL 1.1
#   (SSL_CIPHER's algo_strength at :1965, X509's cert_info->validity/issuer and name at
#   :1982-2006): against 3.0's headers those are "incomplete type" errors. A shim
#   $R/skipfish/shim/ossl10-structs.h (mkdir -p $R/skipfish/shim && cp
#   docs/audit-corpus/stubs/skipfish/ossl10-structs.h $R/skipfish/shim/; written for this
#   audit), given with -include, includes
#   <openssl/ssl.h> and <openssl/x509.h> and completes struct ssl_cipher_st, x509_cinf_st and
#   x509_st with just those members; it declares no function.
# Files: the whole program (the Makefile's SFILES plus skipfish.c): http_client.c is the HTTP
#   engine and its OpenSSL I/O (conn_associate: SSL_CTX/SSL_new, SSL_set_fd, SSL_set_connect_state
#   on a non-blocking socket; next_from_queue, the poll loop: SSL_read and SSL_write classified with
#   SSL_get_error, check_ssl, destroy_unlink_conn with SSL_free); skipfish.c (main, the loop that
#   calls next_from_queue), crawler.c, analysis.c, checks.c, database.c, report.c, signatures.c,
#   auth.c and options.c are its callers and helpers.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/skipfish" ] || { echo "$0: $R/skipfish: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/skipfish/src/src
exec "$BIN" "$@" -j2 \
  $S/http_client.c $S/skipfish.c $S/crawler.c $S/analysis.c $S/checks.c $S/database.c \
  $S/report.c $S/signatures.c $S/auth.c $S/options.c \
  -- -funsigned-char -I/usr/local/include/ -I/opt/local/include/ -DVERSION=\"2.10b\" \
  -include $R/skipfish/shim/ossl10-structs.h -I$S
