#!/bin/sh
# ossl-lint audit of x3270 (github.com/pmattes/x3270, branch main) dab5ba84088dce4700002e32a295dde4212ae400 (2026-04-01, "X3270_DETAIL_TRACE -> X3270DETAILTRACE")
# usage: x3270.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/x3270 (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libexpat1-dev): git archive of the commit into $R/x3270/src;
# in src: ./configure --disable-x3270 --disable-c3270 --disable-b3270 --disable-tcl3270 --disable-x3270if
# --disable-playback --disable-mitm --enable-s3270 --enable-pr3287 (writes lib/include/unix/conf.h, TLS_MODULES=sio_openssl.o);
# the flags are lib/32xx/Makefile.obj's and lib/3270/Makefile.obj's XCPPFLAGS, with the object directory's -I$(THIS) left out.
# Files: Common/sio_openssl.c is the OpenSSL back end of the x3270 family's secure I/O layer (sio_init() makes the
# SSL_CTX and SSL, sio_negotiate() runs SSL_connect() on the non-blocking socket, resumed on SIG_WANTMORE, and
# classifies with SSL_get_error(); sio_read()/sio_write() wrap SSL_read()/SSL_write() and report with
# ERR_get_error()); Common/sioc.c holds the layer's common helpers (error text, protocol names), Common/sio_glue.c and
# Common/telnet_sio.c set up a connection's TLS from the options, Common/telnet.c is lib3270's telnet layer that
# connects, negotiates (also after STARTTLS) and reads/writes through sio_*().
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/x3270" ] || { echo "$0: $R/x3270: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/x3270/src
exec "$BIN" "$@" -j2 \
  $S/Common/sio_openssl.c $S/Common/sioc.c $S/Common/sio_glue.c $S/Common/telnet_sio.c $S/Common/telnet.c \
  -- -I$S/lib/include/unix -I$S/lib/include -I$S/include -DLIBX3270DIR=\"/usr/local/etc/x3270\" \
  -D_POSIX_SOURCE -D_BSD_SOURCE -D_DEFAULT_SOURCE -D_XOPEN_SOURCE -D_GNU_SOURCE -g -O2
