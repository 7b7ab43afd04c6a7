#!/bin/sh
# ossl-lint audit of hexchat (hexchat/hexchat b544ac3350e85d4cc41fe3414cbdb82d75ce5d7a, 2024-02-09): every unit of the text-frontend build
# (compile_commands.json: src/common/*.c with ssl.c's _SSL_send/_SSL_recv and server.c's callers, the generated marshal.c, fe-text.c);
# prepared with meson setup build -Dgtk-frontend=false -Dtext-frontend=true -Dplugin=false -Ddbus=disabled -Dlibcanberra=disabled
#   -Dwith-lua=false -Dwith-perl=false -Dwith-python=false -Dwith-checksum=false -Dwith-fishlim=false -Dwith-sysinfo=false
#   -Dwith-exec=false -Dinstall-appdata=false && ninja -C build (generates config.h, textevents.h, marshal.[ch])
# usage: hexchat.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/hexchat (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/hexchat" ] || { echo "$0: $R/hexchat: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/hexchat/src
C=$S/src/common
exec "$B" "$@" -j2 $C/cfgfiles.c $C/chanopt.c $C/ctcp.c $C/dcc.c $C/hexchat.c $C/history.c $C/ignore.c \
  $C/inbound.c $C/modes.c $C/network.c $C/notify.c $C/outbound.c $C/plugin.c $C/plugin-identd.c $C/plugin-timer.c \
  $C/proto-irc.c $C/scram.c $C/server.c $C/servlist.c $C/text.c $C/tree.c $C/url.c $C/userlist.c $C/util.c $C/ssl.c \
  $S/build/src/common/marshal.c $S/src/fe-text/fe-text.c \
  -- -DHAVE_CONFIG_H -D_FILE_OFFSET_BITS=64 -std=gnu89 -funsigned-char -pthread \
  -I$S/build/src/common -I$C -I$S/build -I$S -I$S/src/fe-text \
  -I/usr/include/glib-2.0 -I/usr/lib/x86_64-linux-gnu/glib-2.0/include
