#!/bin/sh
# ossl-lint audit of althttpd (github.com/jesrui/althttpd-mirror, the GitHub mirror of
# sqlite.org/althttpd, branch trunk) 59fbf11f0352cb42f4ea5e28ce38d0bdca2bfd79 (2022-06-11)
# usage: althttpd.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/althttpd (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): git archive of the commit into
#   $R/althttpd/src; nothing to configure. The flags are the Makefile's althttpsd target
#   (-Os -Wall -Wextra -fPIC -DENABLE_TLS); its -DALTHTTPD_VERSION comes from a `version` file
#   made from Fossil's manifest, which a git mirror lacks, so althttpd.c's default "2.0" is used
# Files: althttpd.c, the whole server in one file: tls_new_server (BIO_new_socket, SSL_new, the
# unchecked SSL_accept), tls_gets and tls_read_server (SSL_read classified with SSL_get_error),
# tls_write_server (SSL_write, the code returned negated), and their callers althttpd_fgets,
# althttpd_fread, althttpd_fwrite, althttpd_vprintf, xferBytes, ProcessOneRequest.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/althttpd" ] || { echo "$0: $R/althttpd: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/althttpd/src
exec "$BIN" "$@" -j2 \
  $S/althttpd.c \
  -- -Os -Wall -Wextra -fPIC -DENABLE_TLS
