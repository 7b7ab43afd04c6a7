#!/bin/sh
# ossl-lint audit of lynx (Lynx 2.9.2u; github.com/ThomasDickey/lynx-snapshots, the maintainer's
# GitHub mirror of the development snapshots, branch master)
# cdfcfe75387c3071f34656b315af839527fae6d5 (2025-09-18)
# usage: lynx.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/lynx (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0): git archive of the commit into $R/lynx/src, then in src
#   `./configure --with-ssl` (OpenSSL through pkg-config: USE_SSL, USE_OPENSSL_INCL), which writes
#   lynx_cfg.h, and the two generated headers the library includes (through src/LYGlobalDefs.h),
#   made by sed and sh only: `make cfg_defs.h LYHelp.h`. The flags are those of
#   `make -n HTTP.o` in WWW/Library/Implementation (every unit of the WWW library alike).
# Files: the WWW library's units that do OpenSSL I/O: the TLS setup and handshake (HTTLS.c:
# SSL_connect, certificate checks), HTTP (HTTP.c: HTTP_NETREAD/HTTP_NETWRITE on SSL_read and
# SSL_write, the CONNECT proxy path), the stream reader (HTFormat.c: HTGetSSLCharacter and HTCopy
# with SSL_read), NNTPS (HTNews.c: SSL_connect, NEWS_NETWRITE on SSL_write), the authentication
# reader (HTAAUtil.c: SSL_read in HTAA_getUnfoldedLine), and the socket layer they share
# (HTTCP.c). src/ holds no OpenSSL I/O (tidy_tls.c is the GnuTLS shim, not built with OpenSSL).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/lynx" ] || { echo "$0: $R/lynx: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/lynx/src
I=$S/WWW/Library/Implementation
exec "$BIN" "$@" -j2 \
  $I/HTTLS.c $I/HTTP.c $I/HTFormat.c $I/HTNews.c $I/HTAAUtil.c $I/HTTCP.c \
  -- -DHAVE_CONFIG_H -I$S -I$S/src -I$I -D_DEFAULT_SOURCE -D_XOPEN_SOURCE=500 -DLINUX \
     -D_GNU_SOURCE -D_XOPEN_SOURCE_EXTENDED -O2 -DACCESS_AUTH
