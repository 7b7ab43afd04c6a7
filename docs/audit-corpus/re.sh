#!/bin/sh
# ossl-lint audit of re 848ed0b69469dc1074dad2fea9b339fbb9cb4fb7 (2026-08-19)
# usage: re.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/re (docs/audit-corpus/README.md)
# repository: https://github.com/baresip/re (main)
# preparation: git archive of the commit into $R/re/src, then in src:
#   mkdir build && cd build && cmake .. -DCMAKE_EXPORT_COMPILE_COMMANDS=ON
# (flags below are compile_commands.json's for the re-objs target; nothing compiled).
# Files: the OpenSSL TLS/DTLS code (src/tls/openssl) and the TCP/UDP sockets whose
# helper chains call it (src/tcp/tcp.c, src/udp/udp.c).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/re" ] || { echo "$0: $R/re: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/re/src
exec "$BIN" "$@" -j2 \
  $S/src/tls/openssl/tls.c $S/src/tls/openssl/tls_tcp.c $S/src/tls/openssl/tls_udp.c \
  $S/src/tls/openssl/sni.c $S/src/tcp/tcp.c $S/src/udp/udp.c \
  -- -DARCH=\"x86_64\" -DHAVE_ACCEPT4 -DHAVE_ARC4RANDOM -DHAVE_ATOMIC -DHAVE_EPOLL \
     -DHAVE_EXECINFO -DHAVE_FORK -DHAVE_GETIFADDRS -DHAVE_GETOPT -DHAVE_PRCTL -DHAVE_PTHREAD \
     -DHAVE_PWD_H -DHAVE_RESOLV -DHAVE_ROUTE_LIST -DHAVE_SELECT -DHAVE_SELECT_H -DHAVE_SETRLIMIT \
     -DHAVE_SIGNAL -DHAVE_STRERROR_R -DHAVE_STRINGS_H -DHAVE_SYSLOG -DHAVE_SYS_TIME_H \
     -DHAVE_THREADS -DHAVE_TLS1_3_POST_HANDSHAKE_AUTH -DHAVE_UNAME -DHAVE_UNISTD_H \
     -DHAVE_UNIXSOCK=1 -DLINUX -DOS=\"Linux\" -DRE_VERSION=\"4.10.0\" -DUSE_DTLS -DUSE_OPENSSL \
     -DUSE_OPENSSL_AES -DUSE_OPENSSL_HMAC -DUSE_TLS -DUSE_ZLIB -DVER_MAJOR=4 -DVER_MINOR=10 \
     -DVER_PATCH=0 -D_GNU_SOURCE -I$S/include -fPIC -pedantic -Wall -Wno-strict-aliasing
