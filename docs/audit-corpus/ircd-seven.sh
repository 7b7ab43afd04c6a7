#!/bin/sh
# ossl-lint audit of ircd-seven (github.com/freenode/ircd-seven, branch master) 4b033a7b9221e78971a66b79b6a096faccc76784 (2019-10-23, "Merge PR #171")
# usage: ircd-seven.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/ircd-seven (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev zlib1g-dev autoconf automake libtool
#   pkg-config): git archive of the commit into $R/ircd-seven/src; then in src: `autoconf` (the
#   top level ships configure.ac but no configure), `(cd libratbox && autoreconf -fi)` and
#   `ac_cv_header_stdc=yes ac_cv_header_time=yes ./configure --enable-openssl` (the two cache
#   values: Debian 12's autoconf 2.71 sets neither, as for ircd-ratbox; only configures: writes
#   include/setup.h and, through AC_CONFIG_SUBDIRS, libratbox/include/libratbox_config.h with
#   HAVE_OPENSSL; nothing is built); the flags are the union of the Makefiles' DEFS and INCLUDES
#   (libratbox/src: -DHAVE_CONFIG_H -I. -I../include; ssld and src: -I../include
#   -I../libratbox/include, -std=gnu99 -DIRCD_PREFIX=...), the warnings and -O2 aside
# Files: the OpenSSL layer, libratbox/src/openssl.c (SSL_accept in rb_ssl_accept_common/
#   rb_ssl_tryaccept, SSL_connect in rb_ssl_tryconn/rb_ssl_tryconn_cb/rb_ssl_start_connected, each
#   classified with SSL_get_error; rb_ssl_read_or_write classifying SSL_read/SSL_write;
#   rb_ssl_shutdown's SSL_shutdown loop; get_last_err draining the queue; rb_setup_ssl_server
#   loading the certificate, key and DH file); its libratbox callers and helpers: commio.c
#   (rb_read/rb_write dispatch to rb_ssl_read/rb_ssl_write for RB_FD_SSL, rb_close ->
#   rb_ssl_shutdown, rb_connect_tcp, rb_checktimeouts), rawbuf.c (rb_rawbuf_flush -> rb_write),
#   linebuf.c (rb_linebuf_flush -> rb_write), helper.c (rb_helper_read -> rb_read), epoll.c (the
#   event loop that runs the handlers rb_setselect stores), ratbox_lib.c (rb_lib_init,
#   rb_get_ssl_info); the TLS program, ssld/ssld.c (the ssl/zlib helper daemon: the control
#   commands K (rb_setup_ssl_server), A (rb_ssl_start_accepted), C (rb_ssl_start_connected),
#   rb_read/rb_rawbuf_flush on the TLS fd, rb_get_ssl_strerror, rb_get_ssl_certfp); and the
#   ircd's callers of rb_read/rb_write/rb_linebuf_flush in src/ (packet.c, send.c, sslproc.c,
#   s_auth.c, listener.c, reject.c), whose fds are plain (ssld does the TLS).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/ircd-seven" ] || { echo "$0: $R/ircd-seven: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/ircd-seven/src
exec "$BIN" "$@" -j2 \
  $S/libratbox/src/openssl.c $S/libratbox/src/commio.c $S/libratbox/src/rawbuf.c \
  $S/libratbox/src/linebuf.c $S/libratbox/src/helper.c $S/libratbox/src/epoll.c \
  $S/libratbox/src/ratbox_lib.c $S/ssld/ssld.c $S/src/packet.c $S/src/send.c $S/src/sslproc.c \
  $S/src/s_auth.c $S/src/listener.c $S/src/reject.c \
  -- -DHAVE_CONFIG_H -I$S/include -I$S/libratbox/include -I$S/libratbox/src -std=gnu99 \
  '-DIRCD_PREFIX="/root/ircd"'
