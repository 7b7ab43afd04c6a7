#!/bin/sh
# ossl-lint audit of libetpan (github.com/dinhvh/libetpan, branch master)
# c77d0417292021a3c82cd384184c09aeb3545e3f (2026-08-22)
# usage: libetpan.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/libetpan (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0): git archive of the commit into $R/libetpan/src, then in src:
#   autoreconf -i -f && ./configure --with-openssl   (OpenSSL: yes, GnuTLS: no, S/MIME: openssl,
#   zlib: yes, SASL: yes, LIBETPAN_REENTRANT), then `make stamp-prepare` (only the header link farm
#   include/libetpan, no compiling); the flags are src/data-types/Makefile's DEFS,
#   DEFAULT_INCLUDES, CPPFLAGS (-D_REENTRANT) and AM_CPPFLAGS (-I$(top_builddir)/include; json-c's
#   path is left out, no unit here includes it)
# Files: the OpenSSL backend (src/data-types/mailstream_openssl.c: SSL_connect, SSL_read, SSL_write;
# the only OpenSSL I/O of the library), its backend switch (mailstream_ssl.c), the wait/fd helpers
# it calls (mailstream_ssl_internal.c, mailstream_cancel.c), the stream layer that calls the
# driver's read/write (mailstream_low.c, mailstream.c, mailstream_helper.c), the compression
# layer stacked on it (mailstream_compress.c) and the socket opener (mailstream_socket.c, connect.c).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/libetpan" ] || { echo "$0: $R/libetpan: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/libetpan/src
D=$S/src/data-types
exec "$BIN" "$@" -j2 \
  $D/mailstream_openssl.c $D/mailstream_ssl.c $D/mailstream_ssl_internal.c $D/mailstream_cancel.c \
  $D/mailstream_low.c $D/mailstream.c $D/mailstream_helper.c $D/mailstream_compress.c \
  $D/mailstream_socket.c $D/connect.c \
  -- -DHAVE_CONFIG_H -D_REENTRANT -I$D -I$S -I$S/include
