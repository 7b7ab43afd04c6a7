#!/bin/sh
# ossl-lint audit of Xymon (github.com/xymon-monitoring/xymon, branch master)
# 780956f78af220cc2c6bacd1b6167e9a62740e7c (2026-08-23, "Merge pull request #424 from bonomani/tests/aix-fs-contract")
# usage: xymon.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/xymon (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libtirpc-dev): git archive of the commit
#   into $R/xymon/src; the interactive configure.server is not run: only its header step, in src:
#   CC=gcc CFLAGS=-I/usr/include/tirpc sh build/genconfig.sh   (writes include/config.h; nothing
#   is built); the flags are those the server Makefile gives xymonnet/contest.o: build/Makefile.Linux's
#   CFLAGS with OSDEF -DLINUX and configure.server's LFSDEF (-D_LARGEFILE_SOURCE
#   -D_FILE_OFFSET_BITS=64), Makefile.rules' -I$(BUILDTOPDIR)/include, and SSLFLAGS -DHAVE_OPENSSL
#   (build/ssl.sh with OpenSSL 3: no SSLv2/SSLv3 support); SSLINCDIR is the system's; no -std
# Files: xymonnet/contest.c, the TCP/TLS service tester (setup_ssl: SSL_CTX_new, options, client
# certificate, SSL_new, SNI, SSL_set_fd, the non-blocking SSL_connect classified with
# SSL_get_error, then the certificate details; socket_write/socket_read: SSL_write/SSL_read;
# socket_shutdown; do_tcp_tests: the one-thread select loop over every test's connection), and
# its callers xymonnet/xymonnet.c (main: the network test run) and xymonnet/httptest.c (the
# HTTP(S) tests' data callbacks over the same connections).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/xymon" ] || { echo "$0: $R/xymon: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/xymon/src
exec "$BIN" "$@" -j2 \
  $S/xymonnet/contest.c $S/xymonnet/xymonnet.c $S/xymonnet/httptest.c \
  -- -g -O2 -Wall -Wno-unused -I/usr/include/tirpc -Wno-pointer-sign -D_REENTRANT \
  -D_LARGEFILE_SOURCE -D_FILE_OFFSET_BITS=64 -DLINUX -I$S/include -DHAVE_OPENSSL
