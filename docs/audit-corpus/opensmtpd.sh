#!/bin/sh
# ossl-lint audit of opensmtpd 3153385b02a0a155690061767491ca4009ccd4ee (2026-03-26)
# usage: opensmtpd.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/opensmtpd (docs/audit-corpus/README.md)
# repository: https://github.com/OpenSMTPD/OpenSMTPD (master, "bump version to 7.8.0p1")
# preparation: git archive of the commit into $R/opensmtpd/src, then in src:
#   ./bootstrap && ./configure
# (writes config.h). The OpenSSL I/O is the bundled libtls (openbsd-compat/libtls, built
# into smtpd); its callers are ioev.c/iobuf.c and the sessions. Flags of mk/smtpd/Makefile.
# smtpscript/ (an old regress tool with SSL_read/SSL_write, not built by the portable
# build) is left out.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/opensmtpd" ] || { echo "$0: $R/opensmtpd: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/opensmtpd/src
T=$S/openbsd-compat/libtls
D=$S/usr.sbin/smtpd
exec "$BIN" "$@" -j2 \
  $T/tls.c $T/tls_client.c $T/tls_server.c $T/tls_bio_cb.c $T/tls_util.c $T/tls_config.c \
  $T/tls_conninfo.c $T/tls_keypair.c $T/tls_ocsp.c $T/tls_peer.c $T/tls_signer.c \
  $T/tls_verify.c $T/by_mem.c $T/openssl.c \
  $D/ioev.c $D/iobuf.c $D/ssl.c $D/smtp.c $D/smtp_session.c $D/mta.c $D/mta_session.c \
  $D/to.c $D/smtpc.c \
  -- -DHAVE_CONFIG_H -I$S/mk/smtpd -I$S -DIO_TLS -I$D -I$S/openbsd-compat \
     -I$T -DSMTPD_CONFDIR=\"/usr/local/etc\" -DPATH_CHROOT=\"/var/empty\" \
     -DPATH_SMTPCTL=\"/usr/local/sbin/smtpctl\" \
     -DPATH_MAILLOCAL=\"/usr/local/libexec/opensmtpd/mail.local\" \
     -DPATH_MAKEMAP=\"/usr/local/sbin/makemap\" -DPATH_LIBEXEC=\"/usr/local/libexec/opensmtpd\" \
     -I$S/openbsd-compat/libasr -I$S/openbsd-compat/openssl/ \
     -isystem /usr/include/bsd -DLIBBSD_OVERLAY -fno-strict-aliasing -fno-builtin-memset -std=gnu99
