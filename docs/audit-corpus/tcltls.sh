#!/bin/sh
# ossl-lint audit of tcltls (github.com/chpock/tcltls, branch wolfssl, the snapshot's HEAD)
# 5075dde49b132919f1eb4912bf2ccabb974b6d45 (2024-04-07, "Successful build with wolfSSL")
# usage: tcltls.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/tcltls (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev tcl8.6-dev): git archive of the commit
# into $R/tcltls/src, then in src:
#   ./configure --with-tcl=/usr/lib/tcl8.6   (TEA: writes the Makefile, no config header; the
#   OpenSSL backend, -DUSE_OPENSSL, is the default; wolfSSL only with --with-wolfssl-dir)
#   make tls.tcl.h tlsUuid.h   (the two generated headers tls.c includes; nothing is compiled)
# the flags are the Makefile's DEFS (with its PKG_CFLAGS' -DUSE_OPENSSL) and INCLUDES (the
# Tcl headers, -I. for tlsUuid.h, and generic/ for tls.tcl.h, which VPATH's compile finds
# beside tls.c), and CFLAGS_DEFAULT's -DNDEBUG; not -D_FORTIFY_SOURCE=2 (glibc's fortified
# string calls need -O); no -std: gcc's default gnu17
# Files: the whole extension, all four of TEA_ADD_SOURCES: generic/tlsIO.c (the Tcl channel
# driver: Tls_WaitForConnect's SSL_accept/SSL_connect, TlsInputProc/TlsOutputProc's
# BIO_read/BIO_write on the SSL BIO, each classified with SSL_get_error), generic/tlsBIO.c
# (the project's own BIO method under the SSL, moving bytes through the parent Tcl channel),
# generic/tls.c (the Tcl commands: tls::import/handshake calling Tls_WaitForConnect, the
# contexts, the verify/info callbacks, Tls_Error's ERR_get_error loop) and generic/tlsX509.c
# (certificate helpers tls.c calls; no I/O, in for the summaries).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/tcltls" ] || { echo "$0: $R/tcltls: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/tcltls/src
exec "$BIN" "$@" -j2 \
  $S/generic/tlsIO.c $S/generic/tlsBIO.c $S/generic/tls.c $S/generic/tlsX509.c \
  -- -DPACKAGE_NAME=\"tls\" -DPACKAGE_VERSION=\"1.8.0\" -DBUILD_tls= -DHAVE_STDIO_H=1 \
  -DHAVE_STDLIB_H=1 -DHAVE_STRING_H=1 -DHAVE_INTTYPES_H=1 -DHAVE_STDINT_H=1 -DHAVE_STRINGS_H=1 \
  -DHAVE_SYS_STAT_H=1 -DHAVE_SYS_TYPES_H=1 -DHAVE_UNISTD_H=1 -DSTDC_HEADERS=1 -DTcl_Size=int \
  -DUSE_THREAD_ALLOC=1 -D_REENTRANT=1 -D_THREAD_SAFE=1 -DTCL_THREADS=1 -DUSE_TCL_STUBS=1 \
  -DUSE_TCLOO_STUBS=1 '-DMODULE_SCOPE=extern __attribute__((__visibility__("hidden")))' \
  -DHAVE_HIDDEN=1 -DHAVE_CAST_TO_UNION=1 -DHAVE_STDBOOL_H=1 -DTCL_WIDE_INT_IS_LONG=1 \
  -DTCL_CFG_OPTIMIZED=1 -DTCL_MAJOR_VERSION=8 -DNDEBUG -DUSE_OPENSSL -I/usr/include/tcl8.6 \
  -I$S -I$S/generic
