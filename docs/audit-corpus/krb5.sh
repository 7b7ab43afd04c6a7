#!/bin/sh
# ossl-lint audit of krb5 (github.com/krb5/krb5, branch master)
# 473b51b640bef2e97c490d6f2985658befa89c16 (2026-08-17, "Relax gss_init_sec_context() proxy self check")
# usage: krb5.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/krb5 (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev autoconf): git archive of the commit into
#   $R/krb5/src, then in src/src:
#   autoreconf -fi && ./configure --disable-nls --without-ldap --without-libedit --without-readline
#   (writes include/autoconf.h with TLS_IMPL_OPENSSL), then only the generated headers:
#   make -C util/et compile_et includes && make -C include && make -C util/profile includes &&
#   make -C util/verto includes    (com_err.h, krb5/krb5.h, osconf.h, profile.h, verto.h; nothing
#   is built); the flags are those of `make -n` for both objects (DEFS -DSHARED -DHAVE_CONFIG_H,
#   sendto_kdc.c's -DLIBDIR/-DBINDIR/-DSBINDIR with the default prefix, -I include,
#   -DKRB5_DEPRECATED=1 -DKRB5_PRIVATE -pthread; no -std)
# Files: the k5tls plugin's OpenSSL backend src/plugins/tls/k5tls/openssl.c (setup: SSL_CTX_new,
# the anchors, SSL_new, SSL_set_fd, SSL_set_connect_state; write_tls: SSL_write, whose first calls
# drive the handshake; read_tls: SSL_read; both classified with SSL_get_error; flush_errors drains
# the queue with ERR_get_error), and its only caller, libkrb5's src/lib/krb5/os/sendto_kdc.c
# (the MS-KKDCP HTTPS transport: service_https_write/service_https_read/https_read_bytes through
# the plugin's vtable, the k5_sendto event loop over every KDC connection; setup_tls's call
# of the plugin's setup, in service_https_write's first pass); notls.c is the TLS-less build's stub.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/krb5" ] || { echo "$0: $R/krb5: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/krb5/src/src
exec "$BIN" "$@" -j2 \
  $S/plugins/tls/k5tls/openssl.c $S/lib/krb5/os/sendto_kdc.c \
  -- -DSHARED -DHAVE_CONFIG_H '-DLIBDIR="/usr/local/lib"' '-DBINDIR="/usr/local/bin"' \
  '-DSBINDIR="/usr/local/sbin"' -I$S/include -DKRB5_DEPRECATED=1 -DKRB5_PRIVATE -pthread
