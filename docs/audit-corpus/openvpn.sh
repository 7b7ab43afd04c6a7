#!/bin/sh
# ossl-lint audit of openvpn (OpenVPN/openvpn 3de926089fdebd79b9d25e80c31e45c1e044911d, 2026-08-22)
# OpenVPN does TLS through a BIO_f_ssl BIO (BIO_read/BIO_write + BIO_should_retry), never SSL_read/
# SSL_write/SSL_get_error: ssl_openssl.c (the TLS layer) and ssl_verify_openssl.c are audited.
# usage: openvpn.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/openvpn (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/openvpn" ] || { echo "$0: $R/openvpn: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/openvpn/src/src/openvpn
exec "$B" "$@" -j2 -p $R/openvpn/build $S/ssl_openssl.c $S/ssl_verify_openssl.c
