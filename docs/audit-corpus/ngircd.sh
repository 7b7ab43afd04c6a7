#!/bin/sh
# ossl-lint audit of ngircd 6ae13bf89e934d167f6ead8bb9ee39f57a0935c0 (2026-07-12)
# usage: ngircd.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/ngircd (docs/audit-corpus/README.md)
# preparation: ./autogen.sh && ./configure --with-openssl
# files: every source of the ngircd binary (src/ngircd/Makefile, make -n)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/ngircd" ] || { echo "$0: $R/ngircd: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/ngircd/src
N=$S/src/ngircd
exec "$BIN" "$@" -j2 \
  $N/ngircd.c \
  $N/array.c \
  $N/channel.c \
  $N/class.c \
  $N/client.c \
  $N/client-cap.c \
  $N/conf.c \
  $N/conn.c \
  $N/conn-encoding.c \
  $N/conn-func.c \
  $N/conn-ssl.c \
  $N/conn-zip.c \
  $N/hash.c \
  $N/io.c \
  $N/irc.c \
  $N/irc-cap.c \
  $N/irc-channel.c \
  $N/irc-encoding.c \
  $N/irc-info.c \
  $N/irc-login.c \
  $N/irc-metadata.c \
  $N/irc-mode.c \
  $N/irc-op.c \
  $N/irc-oper.c \
  $N/irc-server.c \
  $N/irc-write.c \
  $N/lists.c \
  $N/log.c \
  $N/login.c \
  $N/match.c \
  $N/numeric.c \
  $N/op.c \
  $N/pam.c \
  $N/parse.c \
  $N/proc.c \
  $N/resolve.c \
  $N/sighandlers.c \
  -- -DHAVE_CONFIG_H -I$N -I$S/src -I$S/src/portab -I$S/src/tool -I$S/src/ipaddr '-DSYSCONFDIR="/usr/local/etc"' '-DDOCDIR="/usr/local/share/doc/ngircd"'
