#!/bin/sh
# ossl-lint audit of heirloom-mailx (github.com/Eli-the-Bearded/heirloom-mailx, branch master: Heirloom
# mailx 12.5 with OpenSSL 1.1 fixes) dd2a5584f149a15eab358e37b68e5bad249e86c5 (2018-12-01, "better
# no-old-methods ssl code")
# usage: heirloom-mailx.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/heirloom-mailx (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): git archive of the commit into
# $R/heirloom-mailx/src, then in src: sh ./makeconfig   (the Makefile's config.h rule: writes
# config.h with USE_SSL and USE_OPENSSL, no NSS, no GSSAPI, and LIBS; nothing is built); the flags
# are the Makefile's FEATURES (-DMAILRC="/etc/nail.rc" -DMAILSPOOL="/var/mail"
# -DSENDMAIL="/usr/lib/sendmail", no IPv6); CFLAGS, CPPFLAGS and WARN are empty; no -std: the
# compiler's default
# Files: the OpenSSL layer openssl.c (ssl_open: SSL_CTX_new, SSL_new, SSL_set_fd, the blocking
# SSL_connect, ssl_check_host's certificate checks; ssl_gen_err: one ERR_get_error per failure)
# and fio.c (swrite1: SSL_write, sgetline: SSL_read, both classified with SSL_get_error and retried
# on a want; sclose: SSL_shutdown; sopen: ssl_open), ssl.c (the shared verification-level and
# S/MIME helpers), and the three protocols that drive them: pop3.c, imap.c and smtp.c (the
# STARTTLS/STLS and SSL-on-connect sessions through sopen, sgetline and swrite)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/heirloom-mailx" ] || { echo "$0: $R/heirloom-mailx: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/heirloom-mailx/src
exec "$BIN" "$@" -j2 \
  $S/openssl.c $S/fio.c $S/ssl.c $S/pop3.c $S/imap.c $S/smtp.c \
  -- '-DMAILRC="/etc/nail.rc"' '-DMAILSPOOL="/var/mail"' '-DSENDMAIL="/usr/lib/sendmail"' -I$S
