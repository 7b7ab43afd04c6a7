#!/bin/sh
# ossl-lint audit of msmtp (github.com/marlam/msmtp, branch master; the newer of marlam/msmtp and
# marlam/msmtp-mirror, whose master stops in 2021) 933d35be8ab6e35a7ea3f78df54b64230177590b (2026-07-19)
# usage: msmtp.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/msmtp (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0): git archive of the commit into $R/msmtp/src, then in src:
#   autoreconf -i -f && ./configure --with-tls=openssl   (TLS: OpenSSL, IDN: yes, GNU SASL: no);
#   the flags are src/Makefile's DEFS and DEFAULT_INCLUDES (its tls_CFLAGS etc. are empty)
# Files: the OpenSSL backend (src/mtls-openssl.c: SSL_connect, SSL_read, SSL_write, SSL_shutdown),
# its front (src/mtls.c: mtls_gets), the SMTP layer that calls it (src/smtp.c), the read buffer
# (src/readbuf.c), the socket layer (src/net.c) and the program (src/msmtp.c). msmtpd does no TLS.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/msmtp" ] || { echo "$0: $R/msmtp: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/msmtp/src
exec "$BIN" "$@" -j2 \
  $S/src/mtls-openssl.c $S/src/mtls.c $S/src/smtp.c $S/src/readbuf.c $S/src/net.c $S/src/msmtp.c \
  -- -DHAVE_CONFIG_H -DSYSCONFDIR=\"/usr/local/etc\" -DLOCALEDIR=\"/usr/local/share/locale\" \
     -DBINDIR=\"/usr/local/bin\" -I$S/src -I$S
