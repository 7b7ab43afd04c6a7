#!/bin/sh
# ossl-lint audit of cups d19bccfed26ac02b24dac80ba0258588dbeaea61 (2026-08-07)
# usage: cups.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/cups (docs/audit-corpus/README.md)
# preparation: git archive of the commit into $R/cups/src, then in src:
#   ./configure --with-tls=openssl --disable-dbus --with-dnssd=no --disable-pam
# (generates config.h with HAVE_OPENSSL 1, and Makedefs); the flags are the ones
# `make -C cups tls.o http.o` uses (bear), minus warnings/optimisation/hardening.
# cups/tls.c includes cups/tls-openssl.c (the TLS code: _httpTLSRead/_httpTLSWrite/_httpTLSStart).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/cups" ] || { echo "$0: $R/cups: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/cups/src
exec "$BIN" "$@" -j2 \
  $S/cups/tls.c $S/cups/http.c $S/cups/request.c $S/cups/ipp.c $S/cups/getputfile.c \
  $S/cups/hash.c $S/cups/jwt.c $S/scheduler/client.c \
  -- -D_GNU_SOURCE -D_TIME_BITS=64 -D_FILE_OFFSET_BITS=64 -I$S -D_CUPS_SOURCE \
  -D_LARGEFILE_SOURCE -D_LARGEFILE64_SOURCE -D_THREAD_SAFE -D_REENTRANT
