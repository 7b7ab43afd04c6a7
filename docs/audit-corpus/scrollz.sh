#!/bin/sh
# ossl-lint audit of scrollz (github.com/ScrollZ/ScrollZ, branch master)
# 0baf554bd2ecc6b46379656a133b434836501657 (2026-08-15, "Merge pull request #34 from
# patryksg/mirc-256color")
# usage: scrollz.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/scrollz (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libgmp-dev libncurses-dev): git archive of
# the commit into $R/scrollz/src, then in src: ./configure --with-openssl   (only configures:
# writes include/defs.h with HAVE_OPENSSL, no GnuTLS's HAVE_SSL; nothing is built); the flags are
# source/Makefile's (INCLUDES -I../include, CFLAGS -g -O2, DEFS -DHAVE_CONFIG_H, and server.c's own
# -DIRCIO_PATH="$(INSTALL_IRCIO)", /usr/local/bin/ircio with the default prefix); no -std: the
# compiler's default
# Files: the OpenSSL code: source/newio.c (SSL_dgets: the server connection's line reader,
# SSL_pending and SSL_read, a 0 or a failure ending the connection through dgets_errno) and
# source/server.c (connect_to_server_direct: SSL_CTX_new, SSL_new, SSL_set_fd, the blocking
# SSL_connect checked by CHK_SSL, the certificate checks; do_server: SSL_dgets and the closing of
# the connection on its 0; send_to_server and the QUIT path: SSL_write, close_server:
# SSL_shutdown). ScrollZ calls SSL_get_error nowhere
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/scrollz" ] || { echo "$0: $R/scrollz: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/scrollz/src
exec "$BIN" "$@" -j2 \
  $S/source/newio.c $S/source/server.c \
  -- -g -O2 -DHAVE_CONFIG_H '-DIRCIO_PATH="/usr/local/bin/ircio"' -I$S/include
