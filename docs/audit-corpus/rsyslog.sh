#!/bin/sh
# ossl-lint audit of rsyslog (rsyslog/rsyslog ee72adcd88541111236a2b217fe175f9f107f4e2, 2026-08-22, v8.2608.0+):
# the lmnsd_ossl module (runtime/Makefile.am: nsd_ossl.c net_ossl.c net_ossl_store.c), one run; the DTLS
# plugins (plugins/imdtls, plugins/omdtls) are not audited
# config.h from: cd $AUDIT_ROOT/rsyslog/src && autoreconf -fvi && ./configure --enable-openssl --disable-uuid \
#   --disable-libgcrypt --disable-libzstd --disable-default-tests --disable-klog --disable-fmhttp \
#   --disable-impstats-push (see README.md);
# flags of lmnsd_ossl_la_CPPFLAGS (PTHREADS_CFLAGS, RSRT_CFLAGS1, LIBFASTJSON_CFLAGS; warnings left out)
# usage: rsyslog.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/rsyslog (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/rsyslog" ] || { echo "$0: $R/rsyslog: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/rsyslog/src
exec "$B" "$@" -j2 $S/runtime/nsd_ossl.c $S/runtime/net_ossl.c $S/runtime/net_ossl_store.c \
  -- -DHAVE_CONFIG_H -I$S/runtime -I$S -I$S/grammar -I/usr/include/libfastjson -pthread
