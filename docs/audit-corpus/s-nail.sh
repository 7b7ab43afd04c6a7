#!/bin/sh
# ossl-lint audit of s-nail (github.com/sdaoden/s-mailx, the author's mirror of git.sdaoden.eu
# s-nail.git; branch master) ebaf9554a17adc6477a2dadd168dc50bb6b05c06 (2026-05-05)
# usage: s-nail.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/s-nail (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0): git archive of the commit into $R/s-nail/src, then in src:
#   make config CONFIG=MAXIMAL   (writes .obj/mk-config.h; tls: OpenSSL, mx_HAVE_XTLS 0x30000)
#   the flags are .obj/mk-config.mk's MX_CFLAGS (its -D and -std) and MX_INCS
# Files: the OpenSSL layer (src/mx/xtls.c: n_tls_open with SSL_connect, ssl_gen_err), the socket
# layer (src/mx/net-socket.c: SSL_read, SSL_write, SSL_shutdown, SSL_get_error), its callers
# (src/mx/net-smtp.c, net-pop3.c, obs-imap.c, tls.c, setfile.c).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/s-nail" ] || { echo "$0: $R/s-nail: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/s-nail/src
M=$S/src/mx
exec "$BIN" "$@" -j2 \
  $M/xtls.c $M/net-socket.c $M/net-smtp.c $M/net-pop3.c $M/obs-imap.c $M/tls.c $M/setfile.c \
  -- -DNDEBUG -std=c99 -D_FORTIFY_SOURCE=3 \
     -I$S/include -I$S/.obj -I$S/src
