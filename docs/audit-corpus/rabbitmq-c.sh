#!/bin/sh
# ossl-lint audit of rabbitmq-c (alanxz/rabbitmq-c 8777a4b060edd59bfa1e449562c201f8d65d10f2, 2026-07-01): the whole librabbitmq
# (amqp_openssl.c does SSL_read/SSL_write/SSL_connect; amqp_openssl_bio.c is its BIO; amqp_socket.c etc. are the callers), via the
# compilation database of `cmake -S . -B build -DENABLE_SSL_SUPPORT=ON -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DBUILD_EXAMPLES=OFF -DBUILD_TESTING=OFF -DBUILD_TOOLS=OFF`
# usage: rabbitmq-c.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/rabbitmq-c (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/rabbitmq-c" ] || { echo "$0: $R/rabbitmq-c: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/rabbitmq-c/src
exec "$B" "$@" -j2 -p $S/build
