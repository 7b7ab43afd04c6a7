#!/bin/sh
# ossl-lint audit of Privoxy 3.0.34 (github.com/ssrlive/privoxy, a mirror, branch master)
# e2129a740bc443f53dc8d7d8181bdbb69adc7527 (2024-12-03)
# usage: privoxy.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/privoxy (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libpcre3-dev zlib1g-dev libbrotli-dev): git
# archive of the commit into $R/privoxy/src, then in src:
#   autoheader && autoconf && ./configure --with-openssl --with-brotli --disable-pcre2   (this
#   mirror's project.h includes <pcre.h> only; only configures: writes
#   config.h with FEATURE_HTTPS_INSPECTION and FEATURE_HTTPS_INSPECTION_OPENSSL, and GNUmakefile;
#   nothing is built); the flags are GNUmakefile's (-DNDEBUG, -pthread, config.h beside the sources)
# Files: the OpenSSL backend (openssl.c: BIO_do_handshake() on an SSL BIO, BIO_read()/BIO_write()
# with BIO_should_retry(), BIO_ssl_shutdown(), log_ssl_errors() draining the queue; no
# SSL_get_error() anywhere), the backend-neutral TLS helpers (ssl_common.c: ssl_send_data_delayed(),
# ssl_flush_socket(), the certificate error page), the connection code and select/poll loop that
# call them (jcc.c: chat(), handle_established_connection(), receive_*_request()), the socket layer
# it uses beside them (jbsockets.c) and the logger (errlog.c).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/privoxy" ] || { echo "$0: $R/privoxy: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/privoxy/src
exec "$BIN" "$@" -j2 \
  $S/openssl.c $S/ssl_common.c $S/jcc.c $S/jbsockets.c $S/errlog.c \
  -- -DNDEBUG -pthread -I$S
