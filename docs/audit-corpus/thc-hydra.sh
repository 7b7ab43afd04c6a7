#!/bin/sh
# ossl-lint audit of thc-hydra (github.com/vanhauser-thc/thc-hydra) 4b552dcb9f2ba679c426dc607a29c490cfd447b2 (2026-07-17)
# usage: thc-hydra.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/thc-hydra (docs/audit-corpus/README.md)
# preparation: git archive of the commit into $R/thc-hydra/src, then in src:
#   ./configure        (its own script: writes Makefile with XDEFINES/XIPATHS, Debian 12)
# files: hydra-mod.c (the TLS layer) and every module that opens TLS through it
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/thc-hydra" ] || { echo "$0: $R/thc-hydra: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/thc-hydra/src
exec "$BIN" "$@" -j2 \
  $S/hydra-mod.c \
  $S/hydra-adam6500.c $S/hydra-asterisk.c $S/hydra-cisco-enable.c $S/hydra-cisco.c \
  $S/hydra-cobaltstrike.c $S/hydra-cvs.c $S/hydra-firebird.c $S/hydra-ftp.c \
  $S/hydra-http-form.c $S/hydra-http-proxy-urlenum.c $S/hydra-http-proxy.c $S/hydra-http.c \
  $S/hydra-imap.c $S/hydra-irc.c $S/hydra-ldap.c $S/hydra-mongodb.c $S/hydra-mssql.c \
  $S/hydra-nntp.c $S/hydra-oracle-listener.c $S/hydra-oracle-sid.c $S/hydra-pcanywhere.c \
  $S/hydra-pop3.c $S/hydra-postgres.c $S/hydra-redis.c $S/hydra-rexec.c $S/hydra-rlogin.c \
  $S/hydra-rpcap.c $S/hydra-rsh.c $S/hydra-sip.c $S/hydra-smtp-enum.c $S/hydra-smtp.c \
  $S/hydra-socks5.c $S/hydra-svn.c $S/hydra-telnet.c $S/hydra-vmauthd.c $S/hydra-vnc.c \
  $S/hydra-xmpp.c \
  -- -I$S -O3 -fcommon -D_GNU_SOURCE -D_FORTIFY_SOURCE=2 \
     -DLIBOPENSSL -DLIBNCURSES -DHAVE_PCRE -DLIBPOSTGRES -DHAVE_ZLIB -DHAVE_GCRYPT -DHAVE_MATH_H \
     -I/usr/include/postgresql
