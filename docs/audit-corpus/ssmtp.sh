#!/bin/sh
# ossl-lint audit of sSMTP (sSMTP 2.64 with Debian's changes; github.com/ajwans/sSMTP, a GitHub
# mirror, branch master) bb28139993d37356233ab8b04a63b2bc3e6e0ea8 (2022-01-27)
# usage: ssmtp.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/ssmtp (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0): git archive of the commit into $R/ssmtp/src, then in src
#   `./configure --enable-ssl --enable-inet6 --enable-md5auth` (OpenSSL: without --with-gnutls,
#   which Debian's package uses), which writes the Makefile (no config header: the HAVE_* are in
#   its CFLAGS). The flags are those of `make -n ssmtp.o` (CFLAGS and EXTRADEFS).
# Files: the whole program, one unit for the network (ssmtp.c: smtp_open with SSL_connect and the
# STARTTLS path, fd_getc with SSL_read, fd_puts with SSL_write, the SMTP dialogue through
# smtp_read/smtp_write), and the other units of ssmtp (base64.c, arpadate.c, xgethostname.c,
# md5auth/md5c.c, md5auth/hmac_md5.c).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/ssmtp" ] || { echo "$0: $R/ssmtp: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/ssmtp/src
exec "$BIN" "$@" -j2 \
  $S/ssmtp.c $S/base64.c $S/arpadate.c $S/xgethostname.c $S/md5auth/md5c.c $S/md5auth/hmac_md5.c \
  -- -DSTDC_HEADERS=1 -DHAVE_LIMITS_H=1 -DHAVE_STRINGS_H=1 -DHAVE_SYSLOG_H=1 -DHAVE_UNISTD_H=1 \
     -DRETSIGTYPE=void -DHAVE_VPRINTF=1 -DHAVE_GETHOSTNAME=1 -DHAVE_SOCKET=1 -DHAVE_STRDUP=1 \
     -DHAVE_STRNDUP=1 -DHAVE_STRSTR=1 -DREWRITE_DOMAIN=1 -DHAVE_SSL=1 -DINET6=1 -DMD5AUTH=1 \
     -DSSMTPCONFDIR=\"/usr/local/etc/ssmtp\" \
     -DCONFIGURATION_FILE=\"/usr/local/etc/ssmtp/ssmtp.conf\" \
     -DREVALIASES_FILE=\"/usr/local/etc/ssmtp/revaliases\" -g -O2
