#!/bin/sh
# ossl-lint audit of glib-networking (github.com/GNOME/glib-networking, branch master)
# 0b6bbecd345d6abe2b3e13e34170e824c190d433 (2026-08-17, "Update Brazilian Portuguese translation")
# usage: glib-networking.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/glib-networking (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libglib2.0-dev meson ninja-build): git
# archive of the commit into $R/glib-networking/src, then in src:
#   meson setup build -Dopenssl=enabled -Dgnutls=disabled -Dlibproxy=disabled
#   -Dgnome_proxy=disabled -Dtests=false --wrap-mode=nodownload   (only configures: writes
#   build/config.h, GETTEXT_PACKAGE and ENABLE_DEBUG_LOGS 0; nothing is built); the flags are
#   build/compile_commands.json's for tls/openssl/gtlsconnection-openssl.c (the gioopenssl
#   module: project arguments, -std=gnu99, glib's pkg-config includes, -pthread)
# Files: the OpenSSL backend, tls/openssl/*.c: gtlsconnection-openssl.c (perform_openssl_io()
# with ERR_clear_error + SSL_get_error around SSL_do_handshake/SSL_read/SSL_write/SSL_shutdown
# passed as a GTlsOpensslIOFunc, end_openssl_io() classifying and describing the queue),
# gtlsbio.c (the project's own BIO method over the GIOStream: its read/write set the retry
# flags), gtlsclientconnection-openssl.c and gtlsserverconnection-openssl.c (SSL_new, SSL_set_bio,
# context setup that pushes and drains), gtlscertificate-openssl.c, gtlsdatabase-openssl.c,
# gtlsfiledatabase-openssl.c, gtlsbackend-openssl.c and openssl-module.c (certificate and
# verification helpers the connection calls); and the backend-independent callers in tls/base
# (gtlsconnection-base.c: the handshake thread, read/write/close through the class vfuncs;
# gtlsinputstream.c, gtlsoutputstream.c; gtlssessioncache.c, gtlslog.c, gtlsutils.c helpers).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/glib-networking" ] || { echo "$0: $R/glib-networking: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/glib-networking/src
exec "$BIN" "$@" -j2 \
  $S/tls/openssl/gtlsconnection-openssl.c $S/tls/openssl/gtlsbio.c \
  $S/tls/openssl/gtlsclientconnection-openssl.c $S/tls/openssl/gtlsserverconnection-openssl.c \
  $S/tls/openssl/gtlscertificate-openssl.c $S/tls/openssl/gtlsdatabase-openssl.c \
  $S/tls/openssl/gtlsfiledatabase-openssl.c $S/tls/openssl/gtlsbackend-openssl.c \
  $S/tls/openssl/openssl-module.c $S/tls/base/gtlsconnection-base.c $S/tls/base/gtlsinputstream.c \
  $S/tls/base/gtlsoutputstream.c $S/tls/base/gtlssessioncache.c $S/tls/base/gtlslog.c \
  $S/tls/base/gtlsutils.c \
  -- -std=gnu99 -D_FILE_OFFSET_BITS=64 -pthread -fPIC -DHAVE_CONFIG_H '-DG_LOG_DOMAIN="GLib-Net"' \
  -DG_LOG_USE_STRUCTURED '-DLOCALE_DIR="/usr/local/share/locale"' -DG_DISABLE_DEPRECATED \
  -DGLIB_VERSION_MIN_REQUIRED=GLIB_VERSION_2_70 -I$S/build -I$S -I$S/tls/openssl -I$S/tls/base \
  -I$S/build/tls/openssl -I$S/build/tls/base -I/usr/include/glib-2.0 \
  -I/usr/lib/x86_64-linux-gnu/glib-2.0/include -I/usr/include/libmount -I/usr/include/blkid
