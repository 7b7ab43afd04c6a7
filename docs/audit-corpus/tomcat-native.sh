#!/bin/sh
# ossl-lint audit of tomcat-native (github.com/apache/tomcat-native, branch main, 2.0.x line)
# 10c98b6997fa9c933eff43c211f67c492a7553a9 (2026-06-23, "Try using latest checkout and
# upload-artifect actions in the workflow")
# usage: tomcat-native.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/tomcat-native (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libapr1-dev openjdk-17-jdk-headless
# autoconf libtool python3): git archive of the commit into $R/tomcat-native/src; buildconf wants
# an APR source tree's build/ (Debian's /usr/share/apr-1.0/build lacks config.guess/config.sub),
# so $R/tomcat-native/aprsrc/build is a copy of /usr/share/apr-1.0/build plus
# /usr/share/misc/config.{guess,sub}; then in src/native:
#   sh buildconf --with-apr=$R/tomcat-native/aprsrc
#   ./configure --with-apr=/usr/bin/apr-1-config --with-ssl=/usr \
#     --with-java-home=/usr/lib/jvm/java-17-openjdk-amd64
# (writes Makefile and build/rules.mk only: tomcat-native has no config header, and no file
# includes the config.h that -DHAVE_CONFIG_H names; nothing is built). The flags are those of
# `make -n src/ssl.lo`: Makefile's CFLAGS (-DTCNATIVE_LINUX -DHAVE_POLLSET_WAKEUP), rules.mk's
# -DHAVE_CONFIG_H and APR's EXTRA_CPPFLAGS (-DLINUX -D_REENTRANT -D_GNU_SOURCE), the includes
# ./include, the JDK's include{,/linux} and /usr/include/apr-1.0; no -std: gcc's default gnu17
# Files: tomcat-native 2.x is the JNI half of Tomcat's OpenSSLEngine: the TLS I/O runs in C but
# is driven and classified from Java. src/ssl.c is the OpenSSL layer (SSL.newSSL with
# SSL_set_accept/connect_state, makeNetworkBIO's BIO pair, writeToSSL/readFromSSL returning
# SSL_write/SSL_read, doHandshake/renegotiate/verifyClientPostHandshake, shutdownSSL,
# getLastErrorNumber = ERR_get_error, getErrorString, writeToBIO/readFromBIO); its helpers:
# src/sslutils.c (app-data slots, the verify/info/ALPN callbacks, OCSP checking over an apr
# socket), src/sslcontext.c (SSLContext: SSL_CTX setup, certificates, SNI and session-ticket
# callbacks), src/sslconf.c (SSL_CONF commands), src/error.c and src/jnilib.c (tcn_Throw*,
# JNI_OnLoad); bb.c and pool.c touch no OpenSSL. There are no C callers: Java calls the
# TCN_IMPLEMENT_CALL functions, which the run sees as entry points.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/tomcat-native" ] || { echo "$0: $R/tomcat-native: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/tomcat-native/src/native
exec "$BIN" "$@" -j2 \
  $S/src/ssl.c $S/src/sslutils.c $S/src/sslcontext.c $S/src/sslconf.c $S/src/error.c $S/src/jnilib.c \
  -- -DTCNATIVE_LINUX -DHAVE_POLLSET_WAKEUP -DHAVE_CONFIG_H -DLINUX -D_REENTRANT -D_GNU_SOURCE \
  -I$S/include -I/usr/lib/jvm/java-17-openjdk-amd64/include \
  -I/usr/lib/jvm/java-17-openjdk-amd64/include/linux -I/usr/include/apr-1.0
