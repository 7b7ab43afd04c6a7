#!/bin/sh
# ossl-lint audit of mpop (github.com/marlam/mpop-mirror, branch master)
# cec24c672de0688bd74eab1566bbc2587ecddbda (2021-05-27, "mtls-libtls: fix tls_fingerprint")
# usage: mpop.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/mpop (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev autoconf automake autopoint gettext
# pkg-config libidn2-dev): git archive of the commit into $R/mpop/src, then in src:
#   autoreconf -fi && ./configure --with-tls=openssl   (only configures: writes config.h with
#   HAVE_LIBSSL, HAVE_TLS, HAVE_LIBIDN; no GnuTLS, no libgsasl, no libsecret; nothing is built);
#   the flags are src/Makefile's (DEFS -DHAVE_CONFIG_H -DLOCALEDIR="$(localedir)" with the
#   default prefix, DEFAULT_INCLUDES -I. -I$(top_builddir); AM_CPPFLAGS is empty: pkg-config's
#   libssl and libidn2 cflags are empty); no -std: gcc's default gnu17
# Files: the OpenSSL backend src/mtls-openssl.c (mtls_init: SSL_CTX_new, SSL_new;
# mtls_start: SSL_set_fd and the blocking SSL_connect classified with SSL_get_error;
# mtls_readbuf_read: SSL_read; mtls_puts: SSL_write, both classified with SSL_get_error;
# openssl_io_error: describes a failure with ERR_get_error; mtls_check_cert and
# mtls_cert_info_get between the handshake and the first read; mtls_close: SSL_shutdown), the
# backend-independent src/mtls.c (mtls_gets, the line reader over mtls_readbuf_read), and the
# callers: src/pop3.c (pop3_tls_init/pop3_tls_start, pop3_get_msg/pop3_send_cmd through
# mtls_gets/mtls_puts, pop3_close), src/mpop.c (main and the session drivers), src/net.c and
# src/readbuf.c (the plain-socket side of the same reads and writes, and the shared read
# buffer); the GnuTLS and libtls backends are not part of this build.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/mpop" ] || { echo "$0: $R/mpop: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/mpop/src
exec "$BIN" "$@" -j2 \
  $S/src/mtls-openssl.c $S/src/mtls.c $S/src/pop3.c $S/src/mpop.c $S/src/net.c $S/src/readbuf.c \
  -- -DHAVE_CONFIG_H '-DLOCALEDIR="/usr/local/share/locale"' -I$S/src -I$S
