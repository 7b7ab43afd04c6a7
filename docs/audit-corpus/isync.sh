#!/bin/sh
# ossl-lint audit of isync (github.com/shymega/isync, a mirror of isync.git on SourceForge, branch master)
# 3c4b5f1c83a568f18c14c93aab95c9a853edfd15 (2024-09-29)
# usage: isync.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/isync (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libsasl2-dev zlib1g-dev libdb-dev): git archive of the
# commit into $R/isync/src, then in src:
#   echo 1.5.0 > VERSION; touch ChangeLog; autoreconf -f -i && ./configure   (only configures: autodefs.h;
#   VERSION/ChangeLog stand in for what version.sh and "make log" derive from a git checkout)
# Files: the socket layer with all TLS I/O (src/socket.c: ssl_return, socket_fill, do_write, start_tls,
# socket_close), the IMAP driver that drives it (src/drv_imap.c), and util.c (error/sys_error helpers).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/isync" ] || { echo "$0: $R/isync: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/isync/src
exec "$BIN" "$@" -j2 \
  $S/src/socket.c $S/src/drv_imap.c $S/src/util.c \
  -- -std=c11 -D_GNU_SOURCE -DHAVE_CONFIG_H -I$S -I$S/src
