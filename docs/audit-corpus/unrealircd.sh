#!/bin/sh
# ossl-lint audit of unrealircd (unrealircd/unrealircd 30b9f66f716e69e0734620c9b356d66443de0d4d, 2024-10-17, 6.1.8.1):
# every source of the ircd binary (src/Makefile OBJS + ircd.c, URL=url_unreal.o; version.c is generated and has no
# OpenSSL call): TLS I/O in socket.c (read_packet, deliver_it), tls.c (accept/connect), url_unreal.c (https client),
# send.c (send_queued), plus the modules that call into them (starttls, webserver, websocket*, central-blocklist,
# connect-flood, spamreport, rpc/rpc); prepared with apt-get install libsodium-dev libc-ares-dev libargon2-dev and
# ./configure --enable-ssl --enable-dynamic-linking --with-system-{argon2,sodium,cares,jansson,pcre2}=yes + the
# --with-*dir paths ./Config passes (see unrealircd.md); -DDYNAMIC_LINKING is left out (it breaks modules.c)
# usage: unrealircd.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/unrealircd (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/unrealircd" ] || { echo "$0: $R/unrealircd: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/unrealircd/src
exec "$B" "$@" -j2 $S/src/ircd_vars.c $S/src/dns.c $S/src/auth.c $S/src/channel.c $S/src/dbuf.c $S/src/fdlist.c \
  $S/src/hash.c $S/src/ircsprintf.c $S/src/list.c $S/src/match.c $S/src/modules.c $S/src/parse.c $S/src/mempool.c \
  $S/src/operclass.c $S/src/conf_preprocessor.c $S/src/conf.c $S/src/proc_io_server.c $S/src/debug.c $S/src/dispatch.c \
  $S/src/securitygroup.c $S/src/misc.c $S/src/serv.c $S/src/aliases.c $S/src/socket.c $S/src/tls.c $S/src/user.c \
  $S/src/scache.c $S/src/send.c $S/src/support.c $S/src/whowas.c $S/src/random.c $S/src/api-usermode.c \
  $S/src/api-channelmode.c $S/src/api-moddata.c $S/src/api-extban.c $S/src/api-isupport.c $S/src/api-command.c \
  $S/src/api-clicap.c $S/src/api-messagetag.c $S/src/api-history-backend.c $S/src/api-efunctions.c $S/src/api-event.c \
  $S/src/api-rpc.c $S/src/api-apicallback.c $S/src/crypt_blowfish.c $S/src/unrealdb.c $S/src/crashreport.c \
  $S/src/modulemanager.c $S/src/utf8.c $S/src/json.c $S/src/log.c $S/src/openssl_hostname_validation.c \
  $S/src/url_unreal.c $S/src/ircd.c $S/src/modules/starttls.c $S/src/modules/webserver.c $S/src/modules/websocket.c \
  $S/src/modules/websocket_common.c $S/src/modules/central-blocklist.c $S/src/modules/connect-flood.c \
  $S/src/modules/spamreport.c $S/src/modules/rpc/rpc.c \
  -- -I$S/include -funsigned-char -fno-common
