#!/bin/sh
# ossl-lint audit of gmnisrv (github.com/dbremner/gmnisrv, branch master) 41c4bfecc770ea7c914e845e4ac3792cb4a473d3 (2023-01-16, "README.md: add maintenance notice")
# usage: gmnisrv.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/gmnisrv (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): git archive --prefix=src/ of the commit
# into $R/gmnisrv (the tree is $R/gmnisrv/src); `./configure` in the tree writes .build/config.mk,
# whose CFLAGS are used below (-std=c11 -D_XOPEN_SOURCE=700 -Iinclude -I.build and the
# PREFIX/LIBDIR/VARLIBDIR/SYSCONFDIR/MIMEDB path defines; the warning flags -Wall -Wextra -Werror
# -pedantic are left out)
# Files: src/server.c (the one poll() loop over every client: accept, SSL_new per client over
# two memory BIOs, socket data copied in and out by read()/write(), SSL_accept until the
# handshake ends, the request's SSL_read loop and the response's SSL_write, each classified with
# SSL_get_error; the SNI callback), src/serve.c (request handling: files, directory listings,
# CGI, whose forked child reads the client certificate) and src/tls.c (the SSL_CTX: TLS >= 1.2,
# SSL_VERIFY_PEER with an always-true verify callback, SSL_OP_NO_RENEGOTIATION; the
# certificate store and on-the-fly certificate generation; tls_set_host for SNI).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/gmnisrv" ] || { echo "$0: $R/gmnisrv: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/gmnisrv/src
exec "$BIN" "$@" -j2 \
  $S/src/server.c $S/src/serve.c $S/src/tls.c \
  -- -std=c11 -D_XOPEN_SOURCE=700 -I$S/include -I$S/.build -DPREFIX='"/usr/local"' \
  -DLIBDIR='"/usr/local/lib"' -DVARLIBDIR='"/usr/local/var/lib"' \
  -DSYSCONFDIR='"/usr/local/etc"' -DMIMEDB='"/etc/mime.types"'
