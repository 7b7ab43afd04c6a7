#!/bin/sh
# ossl-lint audit of opensips 8f4f1e1b4015a52f88953e6c16758f800bd0e9fb (2026-08-20)
# usage: opensips.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/opensips (docs/audit-corpus/README.md)
# preparation: git archive of the commit into $R/opensips/src, then in src:
#   (cd modules/tls_openssl && make -n)   # creates Makefile.conf from Makefile.conf.template
#   make -n modules modules=modules/tls_openssl   # flags below copied from its cc line for openssl_conn_ops.c
#   (an accidental `make print-defs`, no such target, also generated cfg.tab.c/lex.yy.c; not needed)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/opensips" ] || { echo "$0: $R/opensips: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/opensips/src
exec "$BIN" "$@" -j2 \
  $S/modules/tls_openssl/openssl_conn_ops.c $S/modules/tls_openssl/openssl.c \
  $S/modules/tls_openssl/openssl_config.c $S/modules/tls_openssl/openssl_ctx_ops.c \
  $S/modules/tls_openssl/openssl_tls_vars.c \
  -- -fPIC -DPIC -DMOD_NAME='tls_openssl' -DPKG_MALLOC -DSHM_MMAP -DUSE_MCAST -DDISABLE_NAGLE \
  -DSTATISTICS -DHAVE_RESOLV_RES -DF_MALLOC -DQ_MALLOC -DHP_MALLOC -DDBG_MALLOC -DF_PARALLEL_MALLOC \
  -DCC_O0 -DHAVE_STDATOMIC -DHAVE_GENERICS -DNAME='"opensips"' -DVERSION='"4.1.0-dev"' \
  -DARCH='"x86_64"' -DOS='"linux"' -DCOMPILER='"cc 12"' -D__CPU_x86_64 -D__OS_linux -D__SMP_yes \
  -DCFG_DIR='"/usr/local//etc/opensips/"' -DVERSIONTYPE='"unknown"' -DTHISREVISION='"unknown"' \
  -DFAST_LOCK -DADAPTIVE_WAIT -DADAPTIVE_WAIT_LOOPS=1024 -DHAVE_GETHOSTBYNAME2 -DHAVE_UNION_SEMUN \
  -DHAVE_MSG_NOSIGNAL -DHAVE_MSGHDR_MSG_CONTROL -DHAVE_ALLOCA_H -DHAVE_TIMEGM -DHAVE_EPOLL \
  -DHAVE_SIGIO_RT -DHAVE_SELECT -Wno-deprecated-declarations -I$S/modules/tls_openssl
