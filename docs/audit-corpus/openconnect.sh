#!/bin/sh
# ossl-lint audit of openconnect v8.10+ (GitHub mirror openconnect/openconnect ca7bc36520e53561eda2c44186dd2a2e20f69d20,
# 2021-02-25, the mirror's newest commit: upstream lives on gitlab.com, which cannot be fetched here)
# Files: every source of libopenconnect in this configuration (Makefile.am: library_srcs with the OpenSSL,
# DTLS and ESP parts) plus the CLI (xml.c main.c), so that the summaries see every caller of openssl.c
# config.h from: cd $AUDIT_ROOT/openconnect/src && ./autogen.sh && ./configure --without-gnutls \
#   --without-openssl-version-check --without-lz4 --without-libproxy --without-stoken --without-libpcsclite \
#   --without-libpskc --without-gssapi --disable-nls --with-vpnc-script=/etc/vpnc/vpnc-script \
#   && ./version.sh $PWD/version.c (main.c includes the generated version.c; see README.md)
# usage: openconnect.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/openconnect (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/openconnect" ] || { echo "$0: $R/openconnect: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/openconnect/src
exec "$B" "$@" -j2 $S/openssl.c $S/openssl-pkcs11.c $S/openssl-dtls.c $S/openssl-esp.c $S/dtls.c $S/esp.c \
  $S/esp-seqno.c $S/ssl.c $S/http.c $S/http-auth.c $S/auth-common.c $S/library.c $S/compat.c $S/lzs.c \
  $S/mainloop.c $S/script.c $S/ntlm.c $S/digest.c $S/oncp.c $S/lzo.c $S/auth-juniper.c $S/auth.c $S/cstp.c \
  $S/oath.c $S/gpst.c $S/auth-globalprotect.c $S/pulse.c $S/oidc.c $S/tun.c $S/xml.c $S/main.c \
  -- -DHAVE_CONFIG_H -I$S -DLOCALEDIR='"/usr/local/share/locale"' -I/usr/include/libxml2 -I/usr/include/p11-kit-1
