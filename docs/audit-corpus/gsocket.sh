#!/bin/sh
# ossl-lint audit of gsocket (github.com/hackerschoice/gsocket, branch master) 232e2b6e31a134d596417e8b3265ad8be32d0e38 (2025-04-23, "x->y")
# usage: gsocket.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/gsocket (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev autoconf automake): git archive --prefix=src/ of the
# commit into $R/gsocket (the tree is $R/gsocket/src); in src: sh ./bootstrap (aclocal, autoheader,
# automake, autoconf), then ./configure (finds OpenSSL with SRP: config.h gets HAVE_LIBSSL, HAVE_LIBCRYPTO,
# HAVE_OPENSSL_SRP_H, so gs-common.h defines WITH_GSOCKET_SSL; nothing is built); the flags are
# lib/Makefile's and tools/Makefile's DEFS, DEFAULT_INCLUDES and CPPFLAGS (-DHAVE_CONFIG_H -I. -I.. -Iinclude).
# Files: the Global Socket library (lib/, libgsocket.a) and its program gs-netcat (tools/, bin_PROGRAMS;
# the other noinst examples are left out: 2_gs-pipe.c, which drives SSL_read()/SSL_write() itself, and
# 1_/3_ have main()s of their own). TLS is TLS-SRP over a relay (the GSRN), non-blocking, one thread
# around select(): lib/gsocket-ssl.c makes the SSL_CTX and SSL (SRP callbacks), gs_ssl_continue() resumes a
# non-blocking SSL_accept()/SSL_connect()/SSL_shutdown() and classifies, gs_ssl_want_io_rw() maps a want
# to the fd sets, gs_ssl_shutdown(); lib/gsocket-engine.c has GS_read() (SSL_read()) and GS_write()
# (SSL_write()), GS_shutdown() and GS_CTX_strerror() (drains the queue into the error message);
# lib/gsocket-select.c is the select loop that calls the callbacks (SSL_pending()), gsocket-util.c,
# packet.c, event.c, buf.c, list.c and gs-readline.c the rest of the library; tools/4_gs-netcat.c is the
# program (its read/write callbacks call GS_read()/GS_write()), with utils.c, socks.c, console.c, ids.c,
# event_mgr.c, pkt_mgr.c, console_display.c, filetransfer.c, globbing.c, filetransfer_mgr.c and
# gsocket_dso-lib.c (its sources in tools/Makefile.am).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/gsocket" ] || { echo "$0: $R/gsocket: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/gsocket/src
L=$S/lib
T=$S/tools
exec "$BIN" "$@" -j2 \
  $L/gsocket-ssl.c $L/gsocket-engine.c $L/gsocket-select.c $L/gsocket-util.c $L/packet.c $L/event.c \
  $L/buf.c $L/list.c $L/gs-readline.c \
  $T/4_gs-netcat.c $T/utils.c $T/socks.c $T/console.c $T/ids.c $T/event_mgr.c $T/pkt_mgr.c \
  $T/console_display.c $T/filetransfer.c $T/globbing.c $T/filetransfer_mgr.c $T/gsocket_dso-lib.c \
  -- -DHAVE_CONFIG_H -I$S -I$S/include -I$L -I$T
