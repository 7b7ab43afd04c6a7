#!/bin/sh
# ossl-lint audit of php-src (github.com/php/php-src), as Debian 12 ships it: source package
# php8.2 8.2.32-1~deb12u1 (bookworm-security; upstream 8.2.32 with Debian's 47 patches applied:
# only 0041 touches ext/openssl, with OPENSSL_VERSION_NUMBER guards that are no-ops on 3.0; none
# touches the main/streams files audited). The GitHub snapshot (877 MB) was
# too large for the fetch tool, so there is no commit: the tree is the Debian source package
# usage: php-src.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/php-src (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev pkg-config bison autoconf; deb-src on):
#   cd $R/php-src && apt-get source php8.2=8.2.32-1~deb12u1 && mv php8.2-8.2.32 src
#   (the security pool's 8.2.36-1~deb12u1 gave 404), then in src:
#   ./configure --with-openssl --disable-all --disable-cgi --disable-phpdbg --without-pear
#   (the release tarball's own configure, no buildconf; only configures: writes
#   main/php_config.h, main/build-defs.h and include/; nothing is built). --disable-all
#   --with-openssl is what debian/rules' COMMON_CONFIG gives too (it adds other extensions and
#   builds openssl shared; neither changes these files). The flags are the generated Makefile's
#   for ext/openssl/*.lo and main/streams/*.lo: $(DEFS) $(INCLUDES) $(CPPFLAGS) (-I include, main,
#   the top dir, TSRM, Zend, ext/date/lib, ext/openssl; -D_GNU_SOURCE), CFLAGS_CLEAN's
#   -DZEND_SIGNALS and main/streams' -DZEND_ENABLE_STATIC_TSRMLS_CACHE=1 (a no-op in this NTS
#   build), plus debian/rules' -fsigned-char -fno-strict-aliasing -DOPENSSL_SUPPRESS_DEPRECATED;
#   no -std: gcc's default gnu17
# Files: the TLS stream transport ext/openssl/xp_ssl.c (php_openssl_enable_crypto's
# SSL_do_handshake loop, php_openssl_sockop_io's SSL_read/SSL_peek/SSL_write loop, both
# classified in php_openssl_handle_ssl_error with SSL_get_error, SSL_shutdown in
# php_openssl_sockop_close, the SSL_peek liveness probe of PHP_STREAM_OPTION_CHECK_LIVENESS);
# its helper ext/openssl/openssl.c (php_openssl_store_errors, which drains the queue into
# OPENSSL_G(errors), the context/verify helpers xp_ssl.c calls); the stream layer that runs the
# transport's ops through the php_stream_ops table: main/streams/streams.c (_php_stream_read/
# write/fill_read_buffer/set_option/free), main/streams/transports.c (php_stream_xport_crypto_
# enable/setup, accept, connect), main/streams/xp_socket.c (php_stream_socket_ops, whose
# read/write/set_option xp_ssl.c falls back to for plain I/O), and its PHP-level caller
# ext/standard/streamsfuncs.c (stream_socket_enable_crypto, stream_select, stream_socket_accept).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/php-src" ] || { echo "$0: $R/php-src: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/php-src/src
exec "$BIN" "$@" -j2 \
  $S/ext/openssl/xp_ssl.c $S/ext/openssl/openssl.c $S/main/streams/streams.c \
  $S/main/streams/transports.c $S/main/streams/xp_socket.c $S/ext/standard/streamsfuncs.c \
  -- -D_GNU_SOURCE -DZEND_SIGNALS -DZEND_ENABLE_STATIC_TSRMLS_CACHE=1 -fsigned-char \
  -fno-strict-aliasing -DOPENSSL_SUPPRESS_DEPRECATED -I$S/include -I$S/main -I$S -I$S/TSRM \
  -I$S/Zend -I$S/ext/date/lib -I$S/ext/openssl
