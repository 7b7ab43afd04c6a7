#!/bin/sh
# ossl-lint audit of ruby-openssl (github.com/ruby/openssl, branch master)
# 5fe1b71b1cf233ca178fb1e2e9617840cb39f00a (2026-06-29, "Merge pull request #1076 from
# ruby/dependabot/github_actions/actions/cache-6")
# usage: ruby-openssl.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/ruby-openssl (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0, Ruby 3.1; apt: libssl-dev ruby-dev pkg-config): git
# archive of the commit into $R/ruby-openssl/src, then in src:
#   mkdir build && cd build && ruby ../ext/openssl/extconf.rb   (mkmf only configures: writes
#   build/extconf.h and build/Makefile; nothing is built); the flags are that Makefile's
#   INCFLAGS (-I. -I$(arch_hdrdir) -I$(hdrdir)/ruby/backward -I$(hdrdir) -I$(srcdir)) and
#   CPPFLAGS' -DRUBY_EXTCONF_H="extconf.h" (extconf.h defines OPENSSL_SUPPRESS_DEPRECATED and the
#   HAVE_* of the checks; Ruby 3.1 has no rb_io_timeout); no -std: gcc's default gnu17
# Files: the TLS layer, ext/openssl/ossl_ssl.c (OpenSSL::SSL::SSLSocket: ossl_start_ssl running
# SSL_connect/SSL_accept through a function pointer and classifying with SSL_get_error,
# ossl_ssl_read_internal/ossl_ssl_write_internal_safe classifying SSL_read/SSL_write,
# SSL_shutdown in ossl_ssl_stop, and the SSLContext callbacks that call into Ruby), and its C
# helpers: ext/openssl/ossl.c (ossl_raise/ossl_make_error and ossl_clear_error, which drain the
# queue; ossl_x509_ary2sk, ossl_x509name_sk2ary), ossl_ssl_session.c (SSL::Session),
# ossl_x509store.c (ossl_verify_cb_call of the verify callback), ossl_x509cert.c
# (ossl_x509_new, GetX509CertPtr/DupX509CertPtr), ossl_pkey.c (ossl_pkey_wrap, GetPKeyPtr,
# DupPKeyPtr of the key and tmp_dh callbacks) and ossl_bio.c (ossl_obj2bio, ossl_membio2str).
# The callers are Ruby code (lib/openssl/ssl.rb, buffering.rb): every method is an entry point.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/ruby-openssl" ] || { echo "$0: $R/ruby-openssl: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/ruby-openssl/src
E=$S/ext/openssl
exec "$BIN" "$@" -j2 \
  $E/ossl_ssl.c $E/ossl.c $E/ossl_ssl_session.c $E/ossl_x509store.c $E/ossl_x509cert.c \
  $E/ossl_pkey.c $E/ossl_bio.c \
  -- -DRUBY_EXTCONF_H='"extconf.h"' -I$S/build -I/usr/include/x86_64-linux-gnu/ruby-3.1.0 \
  -I/usr/include/ruby-3.1.0/ruby/backward -I/usr/include/ruby-3.1.0 -I$E
