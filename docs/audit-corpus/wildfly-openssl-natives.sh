#!/bin/sh
# ossl-lint audit of wildfly-openssl-natives (github.com/wildfly-security/wildfly-openssl-natives, branch main) cae7e7e3b4a0e25b6f5fcfb2aac6e51b132dae6e (2023-09-08, "Merge pull request #29 from stormqueen1990/fix/match-function-prototype")
# usage: wildfly-openssl-natives.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/wildfly-openssl-natives (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: default-jdk-headless for jni.h): git archive
#   --prefix=src/ of the commit into $R/wildfly-openssl-natives (tree $R/wildfly-openssl-natives/src);
#   nothing to configure: the library includes no OpenSSL header (libwfssl/include/wfssl.h declares
#   the types opaque, defines the constants it needs and a struct of function pointers that
#   ssl.c fills with dlsym() from libssl/libcrypto at run time); flags are linux-x86_64/Makefile's
#   (-std=c89 -Wall -Wmissing-prototypes ... -fPIC -I../libwfssl/include and JAVA_HOME's include
#   and include/linux; JAVA_HOME=/usr/lib/jvm/default-java, Debian's OpenJDK 17)
# Files: the whole library as the Makefile's SRC lists it: libwfssl/src/ssl.c (the JNI methods of
#   org.wildfly.openssl.SSLImpl: initialize() loads the symbols, doHandshake/readFromSSL/
#   writeToSSL/shutdownSSL return SSL_do_handshake()/SSL_read()/SSL_write()/SSL_shutdown() through
#   ssl_methods as they are, getError = SSL_get_error() on a result Java hands back,
#   getLastErrorNumber = ERR_get_error(); the memory BIO pair; the SSL_CTX setters), alpn.c,
#   clientcert.c, options.c, session.c, threads.c, util.c.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/wildfly-openssl-natives" ] || { echo "$0: $R/wildfly-openssl-natives: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/wildfly-openssl-natives/src/libwfssl
J=/usr/lib/jvm/default-java
exec "$BIN" "$@" -j2 \
  $S/src/alpn.c $S/src/clientcert.c $S/src/options.c $S/src/session.c $S/src/ssl.c \
  $S/src/threads.c $S/src/util.c \
  -- -Wall -Wmissing-prototypes -Wstrict-prototypes -Wmissing-declarations -Wpointer-arith \
  -std=c89 -Wdeclaration-after-statement -Wformat -Wformat-security -Wunused \
  -Wno-unknown-pragmas -fPIC -I$S/include -I$J/include -I$J/include/linux
