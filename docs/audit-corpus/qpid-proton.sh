#!/bin/sh
# ossl-lint audit of qpid-proton's C library (github.com/apache/qpid-proton, branch main)
# caf0f45c5652d1576ca5af882fbc2be9b53800c0 (2026-08-21)
# usage: qpid-proton.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/qpid-proton (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0): git archive of the commit into $R/qpid-proton/src (the
# snapshot has a branch named HEAD: archive the hash), then
#   cmake -S $R/qpid-proton/src -B $R/qpid-proton/build -DCMAKE_EXPORT_COMPILE_COMMANDS=ON
#     -DBUILD_BINDINGS= -DBUILD_EXAMPLES=OFF -DBUILD_TOOLS=OFF -DBUILD_TESTING=OFF
#     -DENABLE_WARNING_ERROR=OFF   (SSL_IMPL openssl, epoll proactor, no Cyrus SASL)
#   make -C $R/qpid-proton/build generated_c_files   (version.h, encodings.h, protocol.h and the
#     frame generators/consumers in build/c: generated headers only, nothing compiled)
#   the flags are compile_commands.json's for src/ssl/openssl.c (qpid-proton-core); the proactor's
#   units differ only in their *_EXPORTS define; -g, -flto, -fPIC and GCC's -Wimplicit-fallthrough=3 left out
# Files: the OpenSSL layer (c/src/ssl/openssl.c: BIO_read/BIO_write over a BIO_f_ssl filter,
# SSL_get_error, SSL_do_handshake; its io-layer table ssl_layer), the transport that calls the
# layers (core/transport.c, core/autodetect.c), the connection driver and the engine
# (core/connection_driver.c, core/engine.c), the epoll proactor (proactor/epoll.c), and the
# users of pn_ssl_init (reactor/acceptor.c, reactor/connection.c, messenger/messenger.c).
# Not in the run: c/src/tls/openssl.c (the separate raw-connection TLS library, BUILD_TLS=OFF
# by default).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/qpid-proton" ] || { echo "$0: $R/qpid-proton: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/qpid-proton/src/c
B=$R/qpid-proton/build/c
exec "$BIN" "$@" -j2 \
  $S/src/ssl/openssl.c $S/src/core/transport.c $S/src/core/autodetect.c $S/src/core/connection_driver.c \
  $S/src/core/engine.c $S/src/proactor/epoll.c $S/src/reactor/acceptor.c $S/src/reactor/connection.c \
  $S/src/messenger/messenger.c \
  -- -Dqpid_proton_core_EXPORTS -I$S/include -I$S/src -I$B/include -I$B/src -fvisibility=hidden -O2 \
     -DNDEBUG -std=c99 -Wall -pedantic-errors -Wno-unused-parameter -Wstrict-prototypes -Wvla \
     -Wsign-compare -Wwrite-strings
