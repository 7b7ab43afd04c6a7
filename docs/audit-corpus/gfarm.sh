#!/bin/sh
# ossl-lint audit of gfarm (github.com/oss-tsukuba/gfarm, branch 2.8) 4760d17d73cd8a62269fdbded2e4b9dbc8e28d61 (2024-03-26, "(docker/dist) install.sh - make the -m option work again")
# usage: gfarm.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/gfarm (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libsasl2-dev): git archive --prefix=src/ of the
# commit into $R/gfarm (the tree is $R/gfarm/src), then in src:
#   ./configure --without-openldap --without-postgresql --disable-check-python-mod
#   (only configures, for include/gfarm/gfarm_config.h with HAVE_TLS_1_3 and HAVE_CYRUS_SASL, and
#   makes/config.mk; nothing is built); the flags are lib/libgfarm/gfarm/Makefile's CFLAGS as
#   makes/config.mk and makes/var.mk expand them (without globus/kerberos, whose files are not run)
# Files: lib/libgfarm/gfarm/io_tls.c, the TLS transport of the Gfarm file system's protocol
# (gfmd metadata server, gfsd file server, clients), which includes tls_funcs.h (all of the OpenSSL
# code: the context and its configuration, certificate/key loading with passphrase prompts and
# proxy certificates, tls_session_establish() with SSL_accept/SSL_connect under a poll()/timeout loop,
# tls_session_timeout_read()/_write() around SSL_read/SSL_write, tls_session_shutdown(), the error
# logging helpers) and tls_instances.h/tls_headers.h; the iobuffer ops around them; its callers
# auth_client_tls.c/auth_server_tls.c (the "tls_sharedsecret" and "tls_client_certificate" auth
# methods) and auth_client_sasl.c/auth_server_sasl.c ("sasl" over TLS), and config_openssl.c
# (OpenSSL's global lock)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/gfarm" ] || { echo "$0: $R/gfarm: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/gfarm/src
G=$S/lib/libgfarm/gfarm
exec "$BIN" "$@" -j2 \
  $G/io_tls.c $G/auth_client_tls.c $G/auth_server_tls.c $G/auth_client_sasl.c \
  $G/auth_server_sasl.c $G/config_openssl.c \
  -- -D_REENTRANT -pthread -D_GNU_SOURCE -I$S/include -DCOMPAT_GFARM_2_3 \
  -I$S/lib/libgfarm/gfutil -I$G -DGFARM_CONFIG='"/usr/local/etc/gfarm2.conf"'
