#!/bin/sh
# ossl-lint audit of axis2c (github.com/apache/axis-axis2-c-core, branch master) 1a8db5ba8a3a62cd138ad6c638268dff6cda200c (2026-07-24, "minizip: reject path-traversal and absolute-path archive entries")
# usage: axis2c.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/axis2c (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): git archive --prefix=src/ of the commit into $R/axis2c/src,
#   without test/core/clientapi/axis2.log.old, whose blob the snapshot lacks (git archive ... HEAD -- .
#   ':!test/core/clientapi/axis2.log.old'); nothing to configure (the four files include no config.h;
#   util/include/axutil_config.h is in the tree): flags are configure.ac's defaults with --with-openssl
#   (-std=gnu99 -D_GNU_SOURCE -D_LARGEFILE64_SOURCE -DAXIS2_GUTHTHILA_ENABLED -DAXIS2_SVR_MULTI_THREADED
#   -DAXIS2_SSL_ENABLED -I/usr/include/openssl) and the include dirs of src/core/transport/http/sender/Makefile.am
# Files: src/core/transport/http/sender/ssl/ssl_utils.c builds the client SSL_CTX (axis2_ssl_utils_initialize_ctx()),
#   the SSL over a blocking socket BIO with SSL_connect() and the peer certificate checks
#   (axis2_ssl_utils_initialize_ssl()), and the SSL_shutdown() of axis2_ssl_utils_cleanup_ssl();
#   ssl/ssl_stream.c is the axutil_stream over it (axutil_stream_create_ssl(), axis2_ssl_stream_read() and
#   axis2_ssl_stream_skip() with SSL_read(), axis2_ssl_stream_write() with SSL_write(), both classified with
#   SSL_get_error()); http_client.c (axis2_http_client_send()/recieve_header(): the https client that creates
#   the SSL stream, also through a CONNECT proxy, and reads the response through it) and http_sender.c (the
#   SOAP/REST sender reading the response body) are its callers.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/axis2c" ] || { echo "$0: $R/axis2c: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/axis2c/src
H=$S/src/core/transport/http/sender
exec "$BIN" "$@" -j2 \
  $H/ssl/ssl_utils.c $H/ssl/ssl_stream.c $H/http_client.c $H/http_sender.c \
  -- -std=gnu99 -D_GNU_SOURCE -D_LARGEFILE64_SOURCE -DAXIS2_GUTHTHILA_ENABLED -DAXIS2_SVR_MULTI_THREADED -DAXIS2_SSL_ENABLED -I$S/include -I$S/src/core/transport -I$S/src/core/transport/http -I$S/src/core/description -I$S/src/core/context -I$S/src/core/phaseresolver -I$S/src/core/engine -I$S/src/core/deployment -I$S/util/include -I$S/axiom/include -I/usr/include/openssl
