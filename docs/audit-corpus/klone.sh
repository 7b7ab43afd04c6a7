#!/bin/sh
# ossl-lint audit of klone (github.com/koanlogic/klone, branch master) bfa77f491b837278ace8efaab84bef880fc9b225 (2014-10-30, "tls: force usage of TLSv1+ [CVE-2014-3566 POODLE]")
# usage: klone.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/klone (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev zlib1g-dev): git archive of the commit into
#   $R/klone/src; the two companion repositories that the release tarball ships inside the tree
#   (and that the repository leaves out, see its .gitignore) are added as in the tarball:
#   github.com/koanlogic/libu d6d6c3a73500d9e06e8a18d68d59636ccb1e8760 (2012-04-16, the last
#   commit before this one) into $R/klone/src/libu and github.com/koanlogic/makl
#   beea4802a30e584135a57b4c501db7f85383aa9d (2012-04-25) into $R/klone/src/makl; then in src:
#   ./configure (MaKL, defaults: OpenSSL found, writes klone_conf.h with SSL_ON and SSL_OPENSSL,
#   and Makefile.conf; nothing is built) and, as build/libu/Makefile does, in src/libu:
#   MAKL_DIR=$S/makl ./configure --prefix=/usr/local --no_docs --compat_1X (writes
#   include/u/libu_conf.h) and the two links of include/u/Makefile's all-hook-pre
#   (include/u/missing -> ../missing, include/u/toolbox -> ../toolbox); the flags are
#   Makefile.conf's CFLAGS (-I$S/libu/include -I$S -DHAVE_CONF_H -Dinline= -O2
#   -fstack-protector-all; -Dinline= because MaKL's inline test fails), plus a shim,
#   $R/klone/shim/ossl10-structs.h (mkdir -p $R/klone/shim && cp
#   docs/audit-corpus/stubs/klone/ossl10-structs.h $R/klone/shim/), given with -include: the code of 2014 reads members of
#   HMAC_CTX (a field in klone/ses_prv.h), X509_STORE_CTX (tls.c) and SSL_CTX (tls_glue.c),
#   which OpenSSL 3.0 keeps opaque; the shim completes the three tags with those members
# Files: the OpenSSL I/O layer src/libio/iossl.c (io_ssl_create: SSL_new/SSL_set_fd, then the
# SSL_accept loop of io_ssl_accept or the SSL_connect loop of io_ssl_connect, with SSL_get_error;
# io_ssl_read/io_ssl_write: SSL_read/SSL_write on the blocking socket) and the generic io_t
# layer that calls it (src/libio/io.c, iofd.c); its caller src/libhttp/http.c (http_serve:
# io_ssl_create for each accepted connection of an https backend), the backend glue
# src/libbackend/backend.c and the daemon's accept loop src/kloned/server.c; and the SSL_CTX
# setup src/libtls/tls.c and tls_glue.c (the only ERR_clear_error and ERR_get_error drain).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/klone" ] || { echo "$0: $R/klone: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/klone/src
exec "$BIN" "$@" -j2 \
  $S/src/libio/iossl.c $S/src/libio/io.c $S/src/libio/iofd.c $S/src/libhttp/http.c \
  $S/src/libbackend/backend.c $S/src/kloned/server.c $S/src/libtls/tls.c $S/src/libtls/tls_glue.c \
  -- -include $R/klone/shim/ossl10-structs.h -I$S/libu/include -I$S -DHAVE_CONF_H \
  -Dinline= -O2 -fstack-protector-all
