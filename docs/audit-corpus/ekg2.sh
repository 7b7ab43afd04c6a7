#!/bin/sh
# ossl-lint audit of ekg2 (github.com/ekg2/ekg2, branch master)
# f427d083ee899d42532c046100490a915b0e8a82 (2019-03-15)
# usage: ekg2.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/ekg2 (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libglib2.0-dev libexpat1-dev zlib1g-dev):
# git archive of the commit into $R/ekg2/src, then in src:
#   NOCONFIGURE=1 ./autogen.sh   (autoreconf exits 1 on automake's "not a standard libtool
#   library name" errors for the plugins' .la, but configure and Makefile.in are written)
#   ./configure --without-gnutls --with-openssl   (only configures: writes ekg2-config.h with
#   HAVE_LIBSSL, set by the sim plugin's openssl check, and no HAVE_LIBGNUTLS, so that
#   plugins/jabber/jabber-ssl.h maps SSL_HELLO/SSL_RECV/SSL_SEND/SSL_BYE to SSL_connect/SSL_read/
#   SSL_write/SSL_shutdown; nothing is built); the flags are the Makefile's (DEFS -DHAVE_CONFIG_H,
#   AM_CPPFLAGS -I$(top_builddir)/plugins -I$(top_builddir) -I$(top_srcdir) and the -D..DIR paths,
#   GLIB_CFLAGS from pkg-config glib-2.0; AM_CFLAGS -fno-strict-aliasing; no -std: gcc's gnu17)
# Files: the jabber plugin, the only OpenSSL user built into ekg2 (remote/ is a separate client,
# not built by this Makefile): plugins/jabber/jabber.c (jabber_handle_connect_ssl: SSL_connect and
# SSL_get_error; jabber_handle_stream: SSL_read and SSL_get_error; jabber_handle_disconnect:
# SSL_shutdown), plugins/jabber/misc.c (jabber_handle_write: SSL_write and SSL_get_error), the
# plugin's callers of them (jabber_handlers.c starts STARTTLS through jabber_handle_connect_ssl,
# commands.c disconnects, xmlnode.c runs the handlers from the expat parser), and ekg's watch
# dispatcher that runs the handlers over the non-blocking socket (ekg/sources.c).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/ekg2" ] || { echo "$0: $R/ekg2: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/ekg2/src
exec "$BIN" "$@" -j2 \
  $S/plugins/jabber/jabber.c $S/plugins/jabber/misc.c $S/plugins/jabber/jabber_handlers.c \
  $S/plugins/jabber/commands.c $S/plugins/jabber/xmlnode.c $S/ekg/sources.c \
  -- -DHAVE_CONFIG_H -I$S/plugins -I$S -fno-strict-aliasing \
  -DSYSCONFDIR=\"/usr/local/etc\" -DDATADIR=\"/usr/local/share/ekg2\" \
  -DPLUGINDIR=\"/usr/local/lib/ekg2/plugins\" -DLOCALEDIR=\"/usr/local/share/locale\" \
  -I/usr/include/glib-2.0 -I/usr/lib/x86_64-linux-gnu/glib-2.0/include -pthread
