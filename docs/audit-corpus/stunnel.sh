#!/bin/sh
# ossl-lint audit of stunnel 5.75 (mtrojnar/stunnel 61452959a3a1f878bf49acb451d4ffdd6d38ccae, 2025-05-26)
# config.h from: cd $AUDIT_ROOT/stunnel/src && ./configure --disable-systemd --disable-libwrap
# usage: stunnel.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/stunnel (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/stunnel" ] || { echo "$0: $R/stunnel: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/stunnel/src/src
# every source of the Unix executable (src/Makefile.am: common_sources, unix_sources), so that
# the summaries see each function's callers
exec "$BIN" "$@" -j2 $S/tls.c $S/str.c $S/file.c $S/client.c $S/log.c $S/options.c $S/protocol.c \
  $S/network.c $S/resolver.c $S/ssl.c $S/ctx.c $S/verify.c $S/sthreads.c $S/ocsp.c $S/fd.c \
  $S/dhparam.c $S/cron.c $S/stunnel.c $S/pty.c $S/libwrap.c $S/ui_unix.c \
  -- -DHAVE_CONFIG_H -I$S -pthread -DLIBDIR='"/usr/local/lib/stunnel"' -DCONFDIR='"/usr/local/etc/stunnel"'
