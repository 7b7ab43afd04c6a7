#!/bin/sh
# ossl-lint audit of gensio (github.com/cminyard/gensio, branch master)
# 040cefc11227c989702587d795e82fdc43b1c0aa (2026-07-21, "gensio: Fix static compile with soapy")
# usage: gensio.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/gensio (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev autoconf automake libtool): git archive of
#   the commit into $R/gensio/src, then in src:
#   autoreconf -fi && ./configure --with-openssl --with-cplusplus=no --with-glib=no --with-tcl=no \
#     --with-python=no --with-swig=no
#   (only configures: writes config.h with HAVE_OPENSSL; the ssl gensio is built as the module
#   libgensio_ssl.la; nothing is built); the flags are lib/Makefile's (DEFS -DHAVE_CONFIG_H,
#   DEFAULT_INCLUDES -I. -I$(top_builddir), CPPFLAGS -I$(top_srcdir)/include
#   -I$(top_builddir)/include, the module's empty OPENSSL_INCLUDES; AM_CFLAGS -pthread; CFLAGS -g
#   -O2); no -std: the compiler's default
# Files: lib/gensio_ssl.c, the OpenSSL TLS filter (ssl_try_connect: SSL_connect/SSL_accept
# classified with SSL_get_error; ssl_try_disconnect: SSL_shutdown classified; ssl_ul_write:
# SSL_write and the SSL_peek that finishes a read's want write, classified by ssl_handle_err;
# ssl_ll_write: SSL_read, classified likewise; the SSL runs over a BIO pair whose network half
# the filter pumps with BIO_read/BIO_write; gssl_vlog: the log helper that pops one error), and
# lib/gensio_base.c, the generic filter/lower-layer driver that calls the filter's operations
# through gensio_ssl_filter_func (gensio_filter_try_connect, _ul_write, _ll_write, ...)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/gensio" ] || { echo "$0: $R/gensio: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/gensio/src
exec "$BIN" "$@" -j2 \
  $S/lib/gensio_ssl.c $S/lib/gensio_base.c \
  -- -DHAVE_CONFIG_H -I$S/lib -I$S -I$S/include -pthread -g -O2
