#!/bin/sh
# ossl-lint audit of mutt 15c45790fd593bb29d8d72c5fa87260109c96e6e (2026-08-12)
# usage: mutt.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/mutt (docs/audit-corpus/README.md)
# preparation: git archive of the commit into $R/mutt/src, then in src (no autopoint on the
# machine: gettext's config.rpath and po/Makefile.in.in copied from /usr/share/gettext):
#   cp /usr/share/gettext/config.rpath .; AUTOPOINT=true autoreconf -isvf
#   cp /usr/share/gettext/po/{Makefile.in.in,remove-potcdate.sin,Rules-quot,*.sed,*.header,insert-header.sin} po/
#   ./configure --with-ssl --enable-imap --enable-pop --enable-smtp --disable-nls
#   make keymap_defs.h reldate.h version.h conststrings.c patchlist.c
# (generates config.h with USE_SSL_OPENSSL, and the BUILT_SOURCES headers)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/mutt" ] || { echo "$0: $R/mutt: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/mutt/src
exec "$BIN" "$@" -j2 \
  $S/mutt_ssl.c $S/mutt_socket.c $S/mutt_tunnel.c $S/mutt_zstrm.c $S/pop_lib.c $S/smtp.c \
  $S/imap/imap.c $S/imap/command.c \
  -- -DPKGDATADIR=\"/usr/local/share/mutt\" -DSYSCONFDIR=\"/usr/local/etc\" -DBINDIR=\"/usr/local/bin\" \
  -DMUTTLOCALEDIR=\"/usr/local/share/locale\" -DHAVE_CONFIG_H=1 -I$S -I$S/imap
