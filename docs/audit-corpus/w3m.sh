#!/bin/sh
# ossl-lint audit of w3m (github.com/tats/w3m, the Debian maintainer's w3m, branch master,
# 0.5.3+git20230718; an older commit of the snapshot, whose newest is e19d112 of 2024-01-30)
# ee66aabc3987000c2851bce6ade4dcbb0b037d81 (2023-07-18)
# usage: w3m.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/w3m (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; libgc-dev, which configure requires): git archive of the
#   commit into $R/w3m/src, then in src `./configure --with-ssl` (SSL: yes, verification: yes),
#   which writes config.h, and the one generated header fm.h includes, made by cpp, sort and awk
#   only: `make funcname1.h`. The flags are those of `make -n istream.o` (all units alike).
# Files: the input streams (istream.c: ssl_read with SSL_read and SSL_get_error, ssl_close with
# SSL_free, no SSL_shutdown), the URL layer (url.c: openSSLHandle with SSL_connect and the certificate
# checks, SSL_write of the request in openURL), and the loader that reads through the streams
# (file.c: loadGeneralFile, loadHTMLstream, the HTTP header reader).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/w3m" ] || { echo "$0: $R/w3m: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/w3m/src
exec "$BIN" "$@" -j2 \
  $S/istream.c $S/url.c $S/file.c \
  -- -Wall -Wnull-dereference -I$S -g -O2 -I$S/libwc -DHAVE_CONFIG_H \
     -DAUXBIN_DIR=\"/usr/local/libexec/w3m\" -DCGIBIN_DIR=\"/usr/local/libexec/w3m/cgi-bin\" \
     -DHELP_DIR=\"/usr/local/share/w3m\" -DETC_DIR=\"/usr/local/etc\" \
     -DCONF_DIR=\"/usr/local/etc/w3m\" -DRC_DIR=\"~/.w3m\" \
     -DLOCALEDIR=\"/usr/local/share/locale\"
