#!/bin/sh
# ossl-lint audit of FreeSWITCH (github.com/signalwire/freeswitch, branch master)
# cc93a683ca6e1f8f47c1d6e38bd2daf8fa6a7b1c (2026-08-21)
# usage: freeswitch.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/freeswitch (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev; nothing is built): the snapshot lacks
# the blob of src/mod/applications/mod_fsv/freeswitch-4k.yuv, so `git archive` is run on a tree
# written without it (read-tree of the commit into a scratch index, git rm --cached that path,
# write-tree) into $R/freeswitch/src; then in src, only the config headers (the full
# ./bootstrap.sh && ./configure needs libks2, sofia-sip, spandsp3 and runs every sub-configure):
#   libs/srtp: autoreconf -fi && ./configure   (writes crypto/include/config.h)
#   libs/apr: bootstrap.sh's bootstrap_apr steps (libtoolize --force --copy --install, build/libtool.m4
#     from /usr/share/aclocal/libtool.m4, aclocal, autoconf, autoheader; config.guess/config.sub
#     from /usr/share/misc into build/), then ./configure --disable-shared --with-pic (configure.gnu's
#     flags; writes include/fspr.h and include/arch/unix/fspr_private.h)
#   libs/xmlrpc-c: include/xmlrpc-c/config.h from config.h.in with @HAVE_WCHAR_H_DEFINE@ = 1 (the
#     make rule that normally writes it)
#   src/include/switch_am_config.h by hand from switch_am_config.h.in with configure.ac's x86_64
#     values (INT_64 long, SIZE_T_FMT "lu", ...) and src/include/switch_private.h by hand with
#     configure.ac's AC_DEFINEs for OpenSSL 3.0 (HAVE_OPENSSL_DTLS_SRTP, HAVE_OPENSSL_DTLS,
#     HAVE_OPENSSL_DTLSv1_2_method) and the usual HAVE_*_H
#   the flags are Makefile.am's CORE_CFLAGS (apr-1-config's -D_REENTRANT -D_GNU_SOURCE and
#   -Ilibs/apr/include, -Ilibs/srtp/include, -Ilibs/srtp/crypto/include, -DENABLE_SRTP),
#   SWITCH_AM_CFLAGS (-Isrc/include -Ilibs/libteletone/src, -DHAVE_OPENSSL) and
#   src/mod/xml_int/mod_xml_rpc/Makefile.am's bundled-xmlrpc-c flags; no -std: gcc's default gnu17
# Files: the DTLS-SRTP layer of the RTP stack over memory BIOs and its own filter BIO method
# (src/switch_rtp.c: do_dtls() feeds the read BIO with BIO_write, runs the state table whose
# dtls_state_handshake() calls SSL_do_handshake + SSL_get_error, drains the write BIO with
# BIO_read; switch_rtp_add_dtls() sets it up; the callers are in the same file), the MSRP socket
# layer (src/switch_msrp.c: SSL_connect and SSL_accept in the msrp_worker() thread, SSL_read in
# msrp_socket_recv(), SSL_write in msrp_socket_send()), and mod_xml_rpc's websocket layer
# (src/mod/xml_int/mod_xml_rpc/ws.c: SSL_write in ws_raw_write(), SSL_shutdown in ws_destroy())
# with its caller mod_xml_rpc.c (ws_init, ws_handshake_kvp, ws_read_frame, ws_write_frame,
# ws_destroy). mod_verto's TLS is in the external libks; libs/xmlrpc-c's socket_openssl.c is not
# built by FreeSWITCH; tests/unit/switch_rtp.c is a test.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/freeswitch" ] || { echo "$0: $R/freeswitch: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/freeswitch/src
X=$S/libs/xmlrpc-c
M=$S/src/mod/xml_int/mod_xml_rpc
exec "$BIN" "$@" -j2 \
  $S/src/switch_rtp.c $S/src/switch_msrp.c $M/ws.c $M/mod_xml_rpc.c \
  -- -DHAVE_OPENSSL -DENABLE_SRTP -D_REENTRANT -D_GNU_SOURCE -D_THREAD -D__EXTENSIONS__ \
  -I$S/src/include -I$S/libs/libteletone/src -I$S/libs/apr/include -I$S/libs/srtp/include \
  -I$S/libs/srtp/crypto/include -I$X/lib/expat/xmlparse -I$X/lib/expat/xmltok -I$X -I$X/include \
  -I$X/lib/abyss/src -I$X/lib/util/include
