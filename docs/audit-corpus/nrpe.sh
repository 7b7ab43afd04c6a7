#!/bin/sh
# ossl-lint audit of nrpe (NagiosEnterprises/nrpe 8db61f6ed06e112d09d136c3887ef06a16200af6, 2026-06-11; taken instead
# of monit, which has no snapshot here): both programs in one run, the daemon (nrpe.c, acl.c) and the client
# (check_nrpe.c), with the shared TLS helpers nrpe-ssl.c (ssl_recvall/ssl_sendall: SSL_read/SSL_write) and utils.c;
# prepared with plain ./configure (OpenSSL 3 found, AUTO_SSL_DH so no generated dh.h; include/config.h, common.h)
# usage: nrpe.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/nrpe (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/nrpe" ] || { echo "$0: $R/nrpe: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/nrpe/src
exec "$B" "$@" -j2 $S/src/nrpe.c $S/src/check_nrpe.c $S/src/nrpe-ssl.c $S/src/utils.c $S/src/acl.c -- -DHAVE_CONFIG_H -I$S/include
