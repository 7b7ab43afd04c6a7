#!/bin/sh
# ossl-lint audit of pkcs11-proxy (github.com/SUNET/pkcs11-proxy, branch master) 2032875c95563c15cf77395f924191fdd6a1b33f (2018-03-22, "seccomp lib")
# usage: pkcs11-proxy.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/pkcs11-proxy (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): git archive --prefix=src/ of the commit into
# $R/pkcs11-proxy (the tree is $R/pkcs11-proxy/src); nothing configured or built (the build is a plain
# CMakeLists.txt; config.h is checked in, with SECCOMP and DEBUG_SECCOMP commented out, so neither
# <seccomp.h> nor the generated syscall-names.h is needed); the flags are CMakeLists.txt's: add_definitions
# (-Wall) and the source directory for the quoted includes.
# Files: the PKCS#11 module libpkcs11-proxy.so (a client library loaded into any PKCS#11 application:
# gck-rpc-module.c with its call_connect()/call_read()/call_write(), gck-rpc-message.c, gck-rpc-util.c,
# egg-buffer.c) and the daemon pkcs11-daemon (gck-rpc-daemon-standalone.c, main and inetd mode;
# gck-rpc-dispatch.c, one thread per accepted connection, read_all()/write_all()), which share
# gck-rpc-tls-psk.c: TLS-PSK (TLS 1.2) over a blocking socket BIO: gck_rpc_init_tls_psk() (SSL_CTX, PSK
# callbacks), gck_rpc_start_tls() (SSL_new, BIO_new_socket, SSL_connect() in the module or SSL_accept()
# in the daemon, classified only for a warning), gck_rpc_tls_write_all()/gck_rpc_tls_read_all() (one
# SSL_write()/SSL_read(), the queue drained into warnings on failure, 0 returned). syscall-reporter.c
# (DEBUG_SECCOMP only) is left out.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/pkcs11-proxy" ] || { echo "$0: $R/pkcs11-proxy: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/pkcs11-proxy/src
exec "$BIN" "$@" -j2 \
  $S/gck-rpc-tls-psk.c $S/gck-rpc-module.c $S/gck-rpc-message.c $S/gck-rpc-util.c $S/egg-buffer.c \
  $S/gck-rpc-daemon-standalone.c $S/gck-rpc-dispatch.c \
  -- -Wall -I$S
