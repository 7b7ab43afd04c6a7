#!/bin/sh
# ossl-lint audit of zookeeper-c (github.com/apache/zookeeper, branch master) 53a78e36f99602162643303ab330377fc383b41f (2026-07-17, "ZOOKEEPER-5064: Upgrade jackson to 2.18.8 to fix CVEs")
# usage: zookeeper-c.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/zookeeper-c (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev cmake javacc, and a JDK): git archive of the commit into $R/zookeeper-c/src
#   (the whole repository; only its C client, zookeeper-client/zookeeper-client-c, is audited);
#   the C client's generated/zookeeper.jute.h (which zookeeper.h includes) is written by ZooKeeper's
#   jute compiler, built by hand instead of with Maven: in $R/zookeeper-c/jute-build,
#   `javacc -OUTPUT_DIRECTORY=gen src/zookeeper-jute/src/main/java/org/apache/jute/compiler/generated/rcc.jj`,
#   `javac -d classes .../jute/compiler/*.java gen/*.java`, then in
#   src/zookeeper-client/zookeeper-client-c/generated `java -classpath $R/zookeeper-c/jute-build/classes
#   org.apache.jute.compiler.generated.Rcc -l c src/zookeeper-jute/src/main/resources/zookeeper.jute`
#   (the pom's generate-C-Jute step); config.h from `cmake <C client dir> -DWANT_CPPUNIT=OFF
#   -DWITH_OPENSSL=ON -DWITH_CYRUS_SASL=OFF` in $R/zookeeper-c/build (build/include/config.h).
#   The flags are the library target's from that build's compile_commands.json: -DHAVE_OPENSSL_H
#   -DTHREADED -DUSE_STATIC_LIB, include/, build/include/, generated/ (the multi-threaded library).
# Files: zookeeper.c (the whole client: the zsock_t with SSL_read/SSL_write behind
# zookeeper_send/zookeeper_recv, init_ssl_for_socket/init_ssl_for_handler with the SSL_CTX setup
# and the non-blocking SSL_connect classified by SSL_get_error, zookeeper_interest and
# zookeeper_process, which drive the connection), mt_adaptor.c (the I/O thread do_io that calls
# zookeeper_interest/zookeeper_process) and cli.c (the command-line client, a caller that
# passes the SSL parameters to zookeeper_init_ssl).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/zookeeper-c" ] || { echo "$0: $R/zookeeper-c: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/zookeeper-c/src/zookeeper-client/zookeeper-client-c
exec "$BIN" "$@" -j2 \
  $S/src/zookeeper.c $S/src/mt_adaptor.c $S/src/cli.c \
  -- -DHAVE_OPENSSL_H -DTHREADED -DUSE_STATIC_LIB -I$S/include -I$R/zookeeper-c/build/include \
  -I$S/generated -I$S/src -fPIC
