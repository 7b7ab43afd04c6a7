#!/bin/sh
# ossl-lint audit of imapfilter (github.com/lefcha/imapfilter, branch master)
# 23b693f7f7cad8b459beb5cf748078f9cc0e5dc8 (2026-03-08, "Prepare release v2.8.5")
# usage: imapfilter.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/imapfilter (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev liblua5.4-dev libpcre2-dev): git archive
# of the commit into $R/imapfilter/src; nothing to configure (plain src/Makefile, no config
# header); the flags are src/Makefile's CFLAGS (-Wall -Wextra -O, only the -D's kept:
# CONFIG_SHAREDIR, CONFIG_SSL_CAPATH, CONFIG_SSL_CAFILE with the Makefile's defaults) plus
# INCDIRS=-I/usr/include/lua5.4, as Debian's package builds it against Lua 5.4; no -std: gcc's
# default gnu17
# Files: the OpenSSL layer, src/socket.c (open_secure_connection: SSL_connect classified with
# SSL_get_error in a retry loop; socket_secure_read/socket_secure_write: SSL_read/SSL_write
# classified with SSL_get_error; close_secure_connection: SSL_shutdown) and src/cert.c
# (get_cert: peer certificate check after the handshake, PEM_read_X509 of the certificates
# file); their callers: src/request.c (request_login: open_connection, STARTTLS ->
# open_secure_connection, send_request/send_continuation -> socket_write), src/response.c
# (receive_response -> socket_read, handle_bye -> close_connection), src/log.c (fatal ->
# close_connection of every session), src/core.c (the Lua functions calling request_*/
# response_*), src/session.c and src/imapfilter.c (main: SSL_CTX_new,
# SSL_CTX_load_verify_locations, the end's SSL_CTX_free).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/imapfilter" ] || { echo "$0: $R/imapfilter: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/imapfilter/src
exec "$BIN" "$@" -j2 \
  $S/src/socket.c $S/src/cert.c $S/src/request.c $S/src/response.c $S/src/log.c $S/src/core.c \
  $S/src/session.c $S/src/imapfilter.c \
  -- -DCONFIG_SHAREDIR='"/usr/local/share/imapfilter"' -DCONFIG_SSL_CAPATH='"/etc/ssl/certs"' \
  -DCONFIG_SSL_CAFILE='"/etc/ssl/cert.pem"' -I/usr/include/lua5.4 -I$S/src
