#!/bin/sh
# ossl-lint audit of sendmail 8.18.0.2 (github.com/hrs-allbsd/sendmail, branch master, an import
# of the sendmail.org releases) 19036c0d9fafa600b0748fc7ada98a939a56b0c8 (2024-01-08)
# usage: sendmail.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/sendmail (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt-get install libsasl2-dev): git archive of the commit
#   into $R/sendmail/src, then in src: write devtools/Site/site.config.m4 with
#     APPENDDEF(`conf_sendmail_ENVDEF', `-DSTARTTLS -DSASL=2')
#     APPENDDEF(`conf_sendmail_LIBS', `-lssl -lcrypto -lsasl2')
#   and in src/sendmail: MAKE=true sh ./Build  (writes obj.*/sendmail/Makefile, compiles nothing),
#   then in src/obj.*/sendmail: make sm_os.h  (the link to include/sm/os/sm_os_linux.h).
#   The flags are that Makefile's CFLAGS less -O2: -I. -I../../include -DSTARTTLS -DSASL=2
# Files: the TLS file type (sfsasl.c: tls_read/tls_write, tls_retry), the TLS helpers (tls.c:
# endtls, tlslogerr, tls_get_info, load_certkey, TLS_set_engine; tlsh.c), the server STARTTLS
# (srvrsmtp.c: SSL_accept loop), the client STARTTLS (deliver.c: SSL_connect loop), the SMTP client
# (usersmtp.c) and the per-session TLS features (readcf.c: get_tls_se_features).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/sendmail" ] || { echo "$0: $R/sendmail: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/sendmail/src
O=$(ls -d $S/obj.*/sendmail | head -n 1)
exec "$BIN" "$@" -j2 \
  $S/sendmail/sfsasl.c $S/sendmail/tls.c $S/sendmail/tlsh.c $S/sendmail/srvrsmtp.c \
  $S/sendmail/deliver.c $S/sendmail/usersmtp.c $S/sendmail/readcf.c \
  -- -I$O -I$S/include -DSTARTTLS -DSASL=2
