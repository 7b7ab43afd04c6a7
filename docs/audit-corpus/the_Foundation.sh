#!/bin/sh
# ossl-lint audit of the_Foundation (github.com/jnse/the_Foundation, branch master: a fork of
# skyjake/the_Foundation, whose snapshot is not within reach here; the fork adds IRIX support on
# top of upstream's 07237ac of 2021-10-27 and leaves src/tlsrequest.c as upstream has it)
# 0542d138b73a42ff5b9cca13731a3d3f1b4c41eb (2021-11-19, "Make sure to redirect
# stdin/stdout/stderr to parent process on IRIX")
# usage: the_Foundation.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/the_Foundation (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libunistring-dev libpcre3-dev zlib1g-dev
# libcurl4-openssl-dev pkg-config cmake): git archive of the commit into $R/the_Foundation/src,
# then in src: mkdir build && cd build && cmake .. -DCMAKE_BUILD_TYPE=Release   (only
# configures: writes build/config.h with iHaveOpenSSL, iHaveTlsRequest, iHavePThread; nothing is
# built); the flags are build/CMakeFiles/the_Foundation.dir/flags.make's (C_DEFINES
# -D_GNU_SOURCE=1 -DiIsLibraryBuild -Dthe_Foundation_EXPORTS, C_INCLUDES -Iinclude -Ibuild,
# C_FLAGS -O3 -DNDEBUG -fPIC -msse4.1 -std=gnu11; the warnings and -Werror left out)
# Files: src/tlsrequest.c, the library's only OpenSSL user (TlsRequest: an SSL over two memory
# BIOs, SSL_set_connect_state in init_TlsRequest; the request thread run_TlsRequest_ started by
# connected_TlsRequest_ through new_Thread; doHandshake_TlsRequest_: SSL_do_handshake;
# encrypt_TlsRequest_: SSL_write; processIncoming_TlsRequest_: BIO_write into the read BIO, the
# handshake, then SSL_read in a loop; each classified by sslResult_TlsRequest_, SSL_get_error
# with ERR_print_errors_fp for failures; flushToSocket_TlsRequest_: BIO_read from the write BIO
# to the Socket class; the TlsCertificate helpers and the verify callback); the Socket class
# (src/platform/posix/socket.c) moves bytes only and does no OpenSSL call
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/the_Foundation" ] || { echo "$0: $R/the_Foundation: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/the_Foundation/src
exec "$BIN" "$@" -j2 \
  $S/src/tlsrequest.c \
  -- -D_GNU_SOURCE=1 -DiIsLibraryBuild -Dthe_Foundation_EXPORTS -I$S/include -I$S/build \
  -O3 -DNDEBUG -fPIC -msse4.1 -std=gnu11
