#!/bin/sh
# ossl-lint audit of netty-tcnative (github.com/netty/netty-tcnative, branch main) 5575e03dadff664082540eff4388c83e4cfab36f (2026-08-19, "Add NULL check to guard against SIGSERV (#999)")
# usage: netty-tcnative.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/netty-tcnative (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libapr1-dev default-jdk-headless): git
# archive --prefix=src/ of the commit into $R/netty-tcnative (tree $R/netty-tcnative/src); the
# build's netty-jni-util 0.0.10.Final (pom.xml's jniUtilVersion, unpacked there by maven) from
# github.com/netty/netty-jni-util, tag netty-jni-util-0.0.10.Final (8e25ab37eb54):
# `git archive netty-jni-util-0.0.10.Final src/main/c` into $R/netty-tcnative/netty-jni-util;
# no configure (hawtjni's autotools build writes a src/config.h that no file includes); the
# flags are those configure.ac and m4/custom.m4, tcnative.m4 give: -DHAVE_OPENSSL
# -D_LARGEFILE64_SOURCE, APR's includes and cppflags (apr-1-config: -I/usr/include/apr-1.0
# -DLINUX -D_REENTRANT -D_GNU_SOURCE), the JDK's include{,/linux} (hawtjni) and netty-jni-util
# Files: openssl-dynamic/src/main/c, the JNI half of netty's OpenSslEngine (the TLS I/O runs in
# C but is driven and classified from Java: SSL.getError wraps SSL_get_error); ssl.c is the
# OpenSSL layer (SSL.newSSL, the ByteBuffer BIO pair, writeToSSL/readFromSSL returning
# SSL_write/SSL_read, doHandshake, shutdownSSL, getLastErrorNumber = ERR_get_error,
# clearError = ERR_clear_error, key material and certificate setters); its helpers:
# sslcontext.c (SSLContext: SSL_CTX set-up, verify/SNI/ALPN/session-ticket/cert callbacks and
# the async private-key tasks), sslutils.c (verify/info callbacks, DH, error helpers),
# sslcredential.c, sslsession.c and cert_compress.c (credentials, sessions, certificate
# compression callbacks), error.c and jnilib.c (tcn_Throw*, JNI_OnLoad). There are no C callers:
# Java calls the TCN_IMPLEMENT_CALL functions, which the run sees as entry points.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/netty-tcnative" ] || { echo "$0: $R/netty-tcnative: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/netty-tcnative/src/openssl-dynamic/src/main/c
exec "$BIN" "$@" -j2 \
  $S/ssl.c $S/sslcontext.c $S/sslutils.c $S/sslcredential.c $S/sslsession.c \
  $S/cert_compress.c $S/error.c $S/jnilib.c \
  -- -DHAVE_OPENSSL -D_LARGEFILE64_SOURCE -DLINUX -D_REENTRANT -D_GNU_SOURCE \
  -I/usr/include/apr-1.0 -I/usr/lib/jvm/default-java/include \
  -I/usr/lib/jvm/default-java/include/linux -I$R/netty-tcnative/netty-jni-util/src/main/c
