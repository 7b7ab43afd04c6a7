#!/bin/sh
# ossl-lint audit of iksemel (github.com/meduketto/iksemel, the author's repository, branch master;
# taken instead of jabberd14, whose only mirror, mawis/jabberd, removed OpenSSL in 2007
# (91bfadea, "Removed support for OpenSSL ... GnuTLS is installed") and is C++ since)
# 978b733462e41efd5db72bc9974cb3b0d1d5f6fa (2011-10-18, "Python bindings now provide enough
# functionality to implement iksroster.c")
# usage: iksemel.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/iksemel (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev autoconf automake libtool pkg-config):
#   git archive of the commit into $R/iksemel/src, then in src:
#   autoreconf -fi && ./configure --without-gnutls --disable-python   (autogen.sh wants the
#   libtool binary, absent with Debian's libtool package; configure only writes
#   include/config.h with HAVE_OPENSSL; nothing is built); the flags are src/Makefile's (DEFS
#   -DHAVE_CONFIG_H, DEFAULT_INCLUDES -I. -I$(top_builddir)/include, INCLUDES
#   -I$(top_srcdir)/include; LIBOPENSSL_CFLAGS empty; -Wall left out); tls-openssl.c is written
#   for OpenSSL 0.9.8/1.0 (it sets BIO members and initializes a BIO_METHOD itself), so
#   docs/audit-corpus/stubs/iksemel/ossl10-structs.h is copied to $R/iksemel/shim/ and given with
#   -include: it completes those two structs and declares no function
# Files: the OpenSSL backend src/tls-openssl.c (tls_handshake: SSL_CTX_new, SSL_new, a BIO of
# its own method over the library's transport, SSL_connect; tls_send: SSL_write and tls_recv:
# SSL_read, each classified with SSL_get_error; the iks_default_tls table), its caller
# src/stream.c (iks_connect_*/iks_recv/iks_send_raw and the STARTTLS switch through
# iks_default_tls) and the transport it wraps, src/io-posix.c; the GnuTLS backend is not built
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/iksemel" ] || { echo "$0: $R/iksemel: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/iksemel/src
exec "$BIN" "$@" -j2 \
  $S/src/tls-openssl.c $S/src/stream.c $S/src/io-posix.c \
  -- -DHAVE_CONFIG_H -g -O2 -I$S/src -I$S/include -include $R/iksemel/shim/ossl10-structs.h
