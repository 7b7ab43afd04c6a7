#!/bin/sh
# ossl-lint audit of vsftpd (GitHub mirror HeXis-YS/vsftpd 57dc478605a73b986decfa3a0fe80bdf010de77e, 2023-07-30:
# upstream 3.0.5, f68a254, plus three commits: SSL built by default (builddefs.h), ssl_ciphersuites for TLS 1.3
# (ssl.c, parseconf.c, tunables.c), grep -E in vsf_findlibs.sh; upstream has no public repository):
# ssl.c (all TLS I/O) with every other source of the one binary (Makefile OBJS, 39 files), so that each
# caller of ssl.c is seen: sslslave.c (the SSL process of the two-process model), readwrite.c, ftpdataio.c ...
# No configure: the flags are the preprocessor flags of the Makefile's .c.o rule (CFLAGS -O2 -D_FORTIFY_SOURCE=2,
# IFLAGS -idirafter dummyinc: its dummy security/pam_appl.h stands in for the missing libpam0g-dev, as in a
# build on this machine; -O2 kept because glibc warns on _FORTIFY_SOURCE without it; warnings left out)
# usage: vsftpd.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/vsftpd (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/vsftpd" ] || { echo "$0: $R/vsftpd: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/vsftpd/src
exec "$B" "$@" -j2 $S/main.c $S/utility.c $S/prelogin.c $S/ftpcmdio.c $S/postlogin.c $S/privsock.c \
  $S/tunables.c $S/ftpdataio.c $S/secbuf.c $S/ls.c $S/postprivparent.c $S/logging.c $S/str.c $S/netstr.c \
  $S/sysstr.c $S/strlist.c $S/banner.c $S/filestr.c $S/parseconf.c $S/secutil.c $S/ascii.c $S/oneprocess.c \
  $S/twoprocess.c $S/privops.c $S/standalone.c $S/hash.c $S/tcpwrap.c $S/ipaddrparse.c $S/access.c \
  $S/features.c $S/readwrite.c $S/opts.c $S/ssl.c $S/sslslave.c $S/ptracesandbox.c $S/ftppolicy.c \
  $S/sysutil.c $S/sysdeputil.c $S/seccompsandbox.c \
  -- -O2 -D_FORTIFY_SOURCE=2 -idirafter $S/dummyinc
