#!/bin/sh
# ossl-lint audit of Fossil (github.com/drhsqlite/fossil-mirror, the GitHub mirror of fossil-scm.org,
# branch master) 27ba874e56bd75e034858fc53fd6cebcdd77b7bf (2026-08-21)
# usage: fossil.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/fossil (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev zlib1g-dev tcl): the blob of
#   extsrc/sqlite3.c is missing from the mirror (not needed: extsrc/sqlite3.h is there), so:
#   git archive 27ba874 -- . ':!extsrc/sqlite3.c' into $R/fossil/src; then in src:
#   ./configure && make bld/headers   (configure writes autoconfig.h with FOSSIL_ENABLE_SSL via
#   pkg-config's openssl; make builds only the host tools translate, makeheaders, mkindex,
#   mkbuiltin, mkversion and writes bld/*_.c, the translated sources, and bld/*.h, the generated
#   headers, VERSION.h, page_index.h). Fossil compiles the translated bld/NAME_.c, not src/NAME.c,
#   so those are the files here (the findings' lines are bld's: one more than src's, for the
#   leading #line); the flags are main.mk's XTCC: CFLAGS_INCLUDE -I. -I./src -I./extsrc, -Ibld,
#   TCCFLAGS -Wall -Wdeclaration-after-statement -DFOSSIL_DYNAMIC_BUILD=1 -g -Os
#   -DHAVE_AUTOCONFIG_H, run from the top of the tree
# Files: the TLS code bld/http_ssl_.c (client: ssl_open_client over a BIO_f_ssl connect chain with
# BIO_do_handshake, ssl_send/ssl_receive through BIO_write/BIO_read; server: ssl_new_server with
# SSL_accept, ssl_gets and ssl_read_server with SSL_read, ssl_write_server with SSL_write
# classified by SSL_get_error), its client callers bld/http_transport_.c (transport_open,
# transport_send, transport_receive) and bld/http_.c (http_exchange), and its server callers
# bld/cgi_.c (cgi_fgets, cgi_fread, cgi_fwrite, cgi_reply, cgi_handle_http_request) and
# bld/main_.c (cmd_http, cmd_webserver: ssl_new_server); winhttp.c is the Windows server only.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/fossil" ] || { echo "$0: $R/fossil: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/fossil/src
exec "$BIN" "$@" -j2 \
  $S/bld/http_ssl_.c $S/bld/http_transport_.c $S/bld/http_.c $S/bld/cgi_.c $S/bld/main_.c \
  -- -I$S -I$S/src -I$S/extsrc -I$S/bld -Wall -Wdeclaration-after-statement \
  -DFOSSIL_DYNAMIC_BUILD=1 -g -Os -DHAVE_AUTOCONFIG_H
