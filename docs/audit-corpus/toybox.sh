#!/bin/sh
# ossl-lint audit of toybox (github.com/landley/toybox, branch master) cb5b0deec490ce30a32f2c0be99d66daced48f93 (2026-05-04, "Make exec redirects close saved high filehandles before discarding urd.")
# usage: toybox.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/toybox (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): git archive of the commit into $R/toybox/src; in src: make defconfig,
# then in .config "# CONFIG_TOYBOX_LIBCRYPTO is not set" -> "CONFIG_TOYBOX_LIBCRYPTO=y" (CONFIG_WGET=y, CONFIG_WGET_LIBTLS off
# by default), then NOBUILD=1 scripts/make.sh to write generated/{config,flags,globals,newtoys,tags,help}.h (no compile).
# Files: toys/net/wget.c is the whole OpenSSL user of toybox: wget_connect() (SSL_CTX_new/SSL_new/SSL_connect on a blocking
# socket from xconnectany()), wget_read()/wget_write() (SSL_read/SSL_write, errors reported with ERR_get_error(), no
# SSL_get_error), wget_close() (SSL_shutdown) and wget_main() which drives them (headers, then a chunked or read-to-EOF body).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/toybox" ] || { echo "$0: $R/toybox: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/toybox/src
exec "$BIN" "$@" -j2 \
  $S/toys/net/wget.c \
  -- -I$S -funsigned-char -fno-strict-aliasing
