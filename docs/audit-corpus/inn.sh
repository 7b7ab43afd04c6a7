#!/bin/sh
# ossl-lint audit of INN (github.com/InterNetNews/inn, branch main)
# 607fa7fcf4d0b24f3943e05ab372cee16279b123 (2026-08-18)
# usage: inn.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/inn (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0): git archive of the commit into $R/inn/src, then in src:
#   sh ./autogen && ./configure --with-openssl --with-sendmail=/usr/sbin/sendmail   (only configures:
#   writes include/config.h with HAVE_OPENSSL, no SASL, no Perl/Python filters), then make -C include
#   (only generates the inn/portable-*.h, inn/system.h and inn/version.h headers; nothing is compiled);
#   the flags are Makefile.global's GCFLAGS (-I$(top)/include; SSL_CPPFLAGS etc. are empty)
# Files: nnrpd is INN's only program doing TLS. The OpenSSL layer (nnrpd/tls.c: SSL_accept in
# tls_start_servertls, SSL_write behind SSL_writev), the line reader that calls SSL_read and
# SSL_shutdown (nnrpd/line.c), the article sender through SSL_writev (nnrpd/article.c), STARTTLS
# (nnrpd/misc.c) and the program with its SSL_write and exit shutdown (nnrpd/nnrpd.c).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/inn" ] || { echo "$0: $R/inn: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/inn/src
exec "$BIN" "$@" -j2 \
  $S/nnrpd/tls.c $S/nnrpd/line.c $S/nnrpd/article.c $S/nnrpd/misc.c $S/nnrpd/nnrpd.c \
  -- -I$S/include
