#!/bin/sh
# ossl-lint audit of openldap (openldap/openldap 5ffe12c065c06ecf0ad26d59a465f7a95611fc9c, 2026-08-06): every source of libldap (its SRCS
# minus the testavl.c test program: tls_o.c is the OpenSSL backend, tls2.c the generic TLS layer calling it through a function table,
# the rest their callers) and of liblber (sockbuf.c/io.c call tls_o.c's sockbuf read/write through Sockbuf_IO); prepared with
# ./configure --with-tls=openssl --disable-slapd --without-cyrus-sasl && make depend (generates include/portable.h, ldap_config.h)
# usage: openldap.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/openldap (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/openldap" ] || { echo "$0: $R/openldap: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/openldap/src
L=$S/libraries/libldap
E=$S/libraries/liblber
exec "$B" "$@" -j2 \
  $L/bind.c \
  $L/open.c \
  $L/result.c \
  $L/error.c \
  $L/compare.c \
  $L/search.c \
  $L/controls.c \
  $L/messages.c \
  $L/references.c \
  $L/extended.c \
  $L/cyrus.c \
  $L/modify.c \
  $L/add.c \
  $L/modrdn.c \
  $L/delete.c \
  $L/abandon.c \
  $L/sasl.c \
  $L/sbind.c \
  $L/unbind.c \
  $L/cancel.c \
  $L/filter.c \
  $L/free.c \
  $L/sort.c \
  $L/passwd.c \
  $L/whoami.c \
  $L/vc.c \
  $L/getdn.c \
  $L/getentry.c \
  $L/getattr.c \
  $L/getvalues.c \
  $L/addentry.c \
  $L/request.c \
  $L/os-ip.c \
  $L/url.c \
  $L/pagectrl.c \
  $L/sortctrl.c \
  $L/vlvctrl.c \
  $L/init.c \
  $L/options.c \
  $L/print.c \
  $L/string.c \
  $L/util-int.c \
  $L/schema.c \
  $L/charray.c \
  $L/os-local.c \
  $L/dnssrv.c \
  $L/utf-8.c \
  $L/utf-8-conv.c \
  $L/tls2.c \
  $L/tls_o.c \
  $L/tls_g.c \
  $L/tls_mt.c \
  $L/turn.c \
  $L/ppolicy.c \
  $L/dds.c \
  $L/txn.c \
  $L/ldap_sync.c \
  $L/stctrl.c \
  $L/assertion.c \
  $L/deref.c \
  $L/ldifutil.c \
  $L/ldif.c \
  $L/fetch.c \
  $L/lbase64.c \
  $L/msctrl.c \
  $L/psearchctrl.c \
  $L/threads.c \
  $L/rdwr.c \
  $L/tpool.c \
  $L/rq.c \
  $L/thr_posix.c \
  $L/thr_thr.c \
  $L/thr_nt.c \
  $L/thr_pth.c \
  $L/thr_debug.c \
  $L/account_usability.c \
  $L/avl.c \
  $L/tavl.c \
  $E/assert.c \
  $E/decode.c \
  $E/encode.c \
  $E/io.c \
  $E/bprint.c \
  $E/debug.c \
  $E/memory.c \
  $E/options.c \
  $E/sockbuf.c \
  -- -DLDAP_LIBRARY -DLBER_LIBRARY -I$S/include
