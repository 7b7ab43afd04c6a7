#!/bin/sh
# ossl-lint audit of carbon-c-relay (github.com/grobian/carbon-c-relay, branch master) 8cd40bc28ca6a2184f672844ed3a160102697670 (2026-07-20, "configure.ac: restoring maintainer mode")
# usage: carbon-c-relay.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/carbon-c-relay (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev zlib1g-dev liblz4-dev libpcre2-dev): git archive of the commit into $R/carbon-c-relay/src;
# in src: ./configure --with-ssl --with-gzip --with-lz4 --with-pcre2 (writes config.h: HAVE_SSL, HAVE_GZIP, HAVE_LZ4, HAVE_PCRE2)
# Files: server.c (the relay's outgoing connections to the carbon servers: SSL_connect on a
# blocking socket made non-blocking afterwards, the SSL_write stream writer, sslerror() that
# classifies with SSL_get_error, the queue/flush loop), dispatcher.c (the incoming connections'
# reader: SSL_read through the stream function table, SSL_accept via SSL_set_accept_state),
# receptor.c (the listeners' SSL_CTX setup), sendmetric.c (the test client: SSL_connect,
# SSL_write, SSL_shutdown, sslerror()).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/carbon-c-relay" ] || { echo "$0: $R/carbon-c-relay: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/carbon-c-relay/src
exec "$BIN" "$@" -j2 \
  $S/server.c $S/dispatcher.c $S/receptor.c $S/sendmetric.c \
  -- -I$S -DHAVE_CONFIG_H -D_GNU_SOURCE -DGIT_VERSION=\"audit\" -pthread
