#!/bin/sh
# ossl-lint audit of tlswrap (github.com/kkabrams/tlswrap, branch master; in place of sslwrap,
# Rick Kaseguma's inetd wrapper of 1997-2000, which has no fetchable repository and is built
# inside OpenSSL 0.9's apps/ against apps.h and SSLeay's open structs; tlswrap is the same kind of
# program, an inetd-style TLS server wrapper, first committed as sslwrap.c)
# 1c9ed4f57b70c3bcbe4cc0f3a67138505f220f94 (2022-06-17, "added flags to set varify-mode, help,
# and more logging")
# usage: tlswrap.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/tlswrap (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): git archive of the commit into
# $R/tlswrap/src; nothing to configure (a three-line Makefile, no config header); the flags are
# the Makefile's (CFLAGS=-pedantic -Wall; -Wall left out); no -std: the compiler's default
# Files: tlswrap.c is the whole program (main: run from inetd with the TLS client on fds 0 and 1,
# SSL_CTX setup, SSL_new, SSL_set_rfd/SSL_set_wfd, SSL_accept classified with SSL_get_error and
# described with ERR_get_error; client_cert: the peer certificate into the environment; then a
# select() loop between SSL_read/SSL_write and the pipes of the forked program, neither
# classified)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/tlswrap" ] || { echo "$0: $R/tlswrap: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/tlswrap/src
exec "$BIN" "$@" -j2 \
  $S/tlswrap.c \
  -- -pedantic
