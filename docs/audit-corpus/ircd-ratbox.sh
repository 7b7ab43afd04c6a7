#!/bin/sh
# ossl-lint audit of ircd-ratbox (github.com/ahf/ircd-ratbox, branch master)
# 6514ac5a2b8c8f90af739e8351d74d686a9c5c1d (2011-12-21, "Handle HTTP connections made to a
# websocketport.")
# usage: ircd-ratbox.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/ircd-ratbox (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev zlib1g-dev autoconf automake libtool
# pkg-config): git archive of the commit into $R/ircd-ratbox/src (bandb/sqlite3/sqlite3.c is
# absent from the snapshot and left out: ':(exclude)bandb/sqlite3/sqlite3.c'), then in src:
#   autoreconf -fi && ac_cv_header_stdc=yes ac_cv_header_time=yes \
#     ./configure --enable-openssl --disable-gnutls   (the two cache values: Debian 12's autoconf
#   2.71 sets neither, so librb-config.h would leave out <stdlib.h> and <time.h>; the shipped
#   libratbox/configure has an unexpanded PKG_CHECK_MODULES and stops at the GnuTLS test, hence
#   the autoreconf; only configures: writes include/setup.h and, through AC_CONFIG_SUBDIRS,
#   libratbox/include/libratbox_config.h with HAVE_OPENSSL; nothing is built); the flags are the
#   union of the three Makefiles' DEFS and INCLUDES (libratbox/src: -DHAVE_CONFIG_H -I. -I../include;
#   ssld: -I../include -I../libratbox/include; src: -I../libratbox/include -I../libltdl), the
#   warnings and -O2 aside; no -std: gcc's default gnu17
# Files: the OpenSSL layer, libratbox/src/openssl.c (SSL_accept/SSL_connect handshakes in
# rb_ssl_accept_common/rb_ssl_tryaccept/rb_ssl_tryconn/rb_ssl_tryconn_cb/rb_ssl_start_connected
# classified with SSL_get_error; rb_ssl_read_or_write classifying SSL_read/SSL_write;
# SSL_shutdown in rb_ssl_shutdown; get_last_err draining the queue); its libratbox callers and
# helpers: commio.c (rb_read/rb_write dispatch to rb_ssl_read/rb_ssl_write for RB_FD_SSL,
# rb_fake_writev, rb_close -> rb_ssl_shutdown, the accept path -> rb_ssl_accept_setup,
# rb_connect_tcp -> rb_ssl_tryconn, rb_checktimeouts), rawbuf.c (rb_rawbuf_flush -> rb_write),
# linebuf.c (rb_linebuf_flush -> rb_write), helper.c (rb_helper_read -> rb_read), epoll.c (the
# event loop that calls the read/write handlers rb_setselect stores), ratbox_lib.c (rb_lib_init,
# rb_get_ssl_info); the TLS program, ssld/ssld.c (the ssl/zlib helper daemon: rb_ssl_start_accepted/
# rb_ssl_start_connected, rb_read/rb_rawbuf_flush on the TLS fd, rb_get_ssl_strerror); and the
# ircd's callers of rb_read/rb_write/rb_linebuf_flush in src/ (packet.c, send.c, sslproc.c,
# s_auth.c, listener.c, reject.c, http.c), whose fds are plain (ssld does the TLS).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/ircd-ratbox" ] || { echo "$0: $R/ircd-ratbox: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/ircd-ratbox/src
exec "$BIN" "$@" -j2 \
  $S/libratbox/src/openssl.c $S/libratbox/src/commio.c $S/libratbox/src/rawbuf.c \
  $S/libratbox/src/linebuf.c $S/libratbox/src/helper.c $S/libratbox/src/epoll.c \
  $S/libratbox/src/ratbox_lib.c $S/ssld/ssld.c $S/src/packet.c $S/src/send.c $S/src/sslproc.c \
  $S/src/s_auth.c $S/src/listener.c $S/src/reject.c $S/src/http.c \
  -- -DHAVE_CONFIG_H -I$S/include -I$S/libratbox/include -I$S/libratbox/src -I$S/libltdl
