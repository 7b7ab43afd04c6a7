#!/bin/sh
# ossl-lint audit of elinks (github.com/rkd77/elinks) 939e101c86958790e2140840e5d826a9848ca750 (2026-08-21)
# usage: elinks.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/elinks
# preparation: git archive of the commit into $R/elinks/src, then in src:
#   meson setup build -Dapidoc=false -Ddoc=false -Dhtmldoc=false -Dpdfdoc=false -Dlibcss=false \
#     -Dlibcurl=false -Dsftp=false -Dgpm=false -Didn=false -Dtre=false -Dnls=false \
#     -Dopenssl=true -Dgnutls=false        (writes build/config.h; CONFIG_OPENSSL, CONFIG_SSL)
# flags: those of build/compile_commands.json for src/network/ssl/socket.c
# Files: the OpenSSL layer (src/network/ssl/socket.c, ssl.c, match-hostname.c) and its callers
# (src/network/socket.c: connect, read and write handlers; src/network/connection.c).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/elinks" ] || { echo "$0: $R/elinks: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/elinks/src
exec "$BIN" "$@" -j2 \
  $S/src/network/ssl/socket.c $S/src/network/ssl/ssl.c $S/src/network/ssl/match-hostname.c \
  $S/src/network/socket.c $S/src/network/connection.c \
  -- -I$S/build/src -I$S/src -I$S/build -I$S -D_FILE_OFFSET_BITS=64 -std=gnu11 '-DBUILD_ID=""' \
     -DHAVE_CONFIG_H -fno-strict-aliasing
