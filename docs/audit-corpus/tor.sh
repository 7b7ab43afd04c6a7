#!/bin/sh
# ossl-lint audit of tor (torproject/tor 3cb6a690be60fcdab60130402ff88dcfc0657596, 2023-06-19, main after
# tor-0.4.8.1-alpha: the last commit with code of the GitHub mirror, whose newest commit of 2024-03-05 replaced
# the tree by a README pointing to gitlab.torproject.org): the OpenSSL side of src/lib/tls (include.am's
# libtor-tls without NSS: tortls_openssl.c, all of the TLS I/O, its classifier tor_tls_get_error() and the
# drain tls_log_errors(); tortls.c and x509_openssl.c, more of its helpers; buffers_tls.c, the only callers
# of tor_tls_read()/tor_tls_write()); the callers in src/core (connection.c, connection_or.c) are not audited
# orconfig.h from: ./autogen.sh && ./configure --disable-asciidoc --disable-unittests --disable-manpage \
#   --disable-html-manual --disable-lzma --disable-zstd --disable-systemd --disable-seccomp --disable-libscrypt
#   (see README.md); flags of `make -n src/lib/tls/libtor_tls_a-tortls_openssl.o` (warnings and code
#   generation left out)
# usage: tor.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/tor (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/tor" ] || { echo "$0: $R/tor: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/tor/src
exec "$B" "$@" -j2 $S/src/lib/tls/tortls_openssl.c $S/src/lib/tls/tortls.c $S/src/lib/tls/x509_openssl.c \
  $S/src/lib/tls/buffers_tls.c \
  -- -DHAVE_CONFIG_H -I$S -I$S/src -I$S/src/ext -I$S/src/ext/trunnel -I$S/src/trunnel \
  -I$S/src/ext/equix/hashx/include -DSHARE_DATADIR="\"/usr/local/share\"" -DLOCALSTATEDIR="\"/usr/local/var\"" \
  -DBINDIR="\"/usr/local/bin\""
