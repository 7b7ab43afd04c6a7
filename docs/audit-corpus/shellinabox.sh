#!/bin/sh
# ossl-lint audit of shellinabox (github.com/shellinabox/shellinabox, branch master)
# 4f0ecc31ac6f985e0dd3f5a52cbfc0e9251f6361 (2019-01-27)
# usage: shellinabox.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/shellinabox (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libpam0g-dev zlib1g-dev): git archive of the commit into $R/shellinabox/src, then in src:
#   autoreconf -i && ./configure --disable-runtime-loading (only configures: config.h without HAVE_DLOPEN,
#   so libhttp/ssl.h calls OpenSSL directly instead of through x_* function pointers), then
#   make shellinabox/{beep,cgi_root,enabled,favicon,keyboard,keyboard-layout,print-styles,root_page,shell_in_a_box,styles,vt100}.h
#   (the od-generated data headers shellinaboxd.c includes; nothing is compiled)
# Files: the OpenSSL backend (libhttp/ssl.c: SSL_CTX setup, SNI callback, sslPromoteToSSL),
# the connection layer doing SSL_read/SSL_write/SSL_shutdown/SSL_get_error (libhttp/httpconnection.c),
# the rest of libhttp that calls it (server.c, url.c, hashmap.c, trie.c), and the daemon's handlers (shellinabox/*.c)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/shellinabox" ] || { echo "$0: $R/shellinabox: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/shellinabox/src
exec "$BIN" "$@" -j2 \
  $S/libhttp/ssl.c $S/libhttp/httpconnection.c $S/libhttp/server.c $S/libhttp/url.c \
  $S/libhttp/hashmap.c $S/libhttp/trie.c \
  $S/shellinabox/shellinaboxd.c $S/shellinabox/session.c $S/shellinabox/externalfile.c \
  $S/shellinabox/usercss.c $S/shellinabox/service.c $S/shellinabox/launcher.c $S/shellinabox/privileges.c \
  -- -std=gnu99 -DHAVE_CONFIG_H -I$S
