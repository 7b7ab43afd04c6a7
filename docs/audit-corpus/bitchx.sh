#!/bin/sh
# ossl-lint audit of bitchx (github.com/BitchX/BitchX1.3, branch master)
# eedd42880cf62f69d785d3af8b655826422451bb (2022-12-16, "Merge pull request #4 from
# JonnyWhatshisface/master")
# usage: bitchx.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/bitchx (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libncurses-dev autoconf): git archive of
# the commit into $R/bitchx/src, then in src:
#   autoconf; ./configure --with-ssl; touch .config.h   (only configures: writes include/defs.h
#   with HAVE_SSL and NON_BLOCKING_CONNECTS, and the empty .config.h that the top Makefile's
#   .config.h target creates and include/config.h includes; nothing is built); the flags are
#   source/Makefile's DEFS (-I. -I../include, here -I$S/source -I$S/include) and CFLAGS
#   (-g -O2 -fno-strict-aliasing -Wall; only -fno-strict-aliasing kept), plus the irc.o rule's
#   -DIRCLIB=... -DIRCPATH=... (only irc.c uses them); no -std: gcc's default gnu17
# Files: the OpenSSL layer, spread over the core: source/newio.c (BX_dgets: SSL_read classified
# with SSL_get_error for SSL_ERROR_WANT_READ, SSL_show_errors draining ERR_get_error),
# source/server.c (finalize_server_connect: SSL_connect classified with SSL_get_error into
# server_list[].ssl_error, which do_server tests against the wants; write_to_server and
# close_server: SSL_write, SSL_shutdown; do_server: dgets on the server's SSL),
# source/dcc.c (SSL_dcc_create: SSL_connect/SSL_accept for DCC SSL chats, process_dcc_chat/
# process_dcc_bot: dgets on the socket's SSL, SSL_write in dcc_message_transmit); their callers:
# source/misc.c (the SocketList: add_socketread/get_socket, scan_sockets calling the DCC read
# handlers through func_read) and source/irc.c (main loop calling do_server and scan_sockets,
# SSL_load_error_strings).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/bitchx" ] || { echo "$0: $R/bitchx: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/bitchx/src
exec "$BIN" "$@" -j2 \
  $S/source/newio.c $S/source/server.c $S/source/dcc.c $S/source/misc.c $S/source/irc.c \
  -- -fno-strict-aliasing -DIRCLIB=\"/usr/local/lib/bx\" \
  -DIRCPATH=\"~/.BitchX:~/.BitchX/plugins:.:/usr/local/lib/bx/plugins:/usr/local/lib/bx/script:/usr/local/lib/bx\" \
  -I$S/source -I$S/include
