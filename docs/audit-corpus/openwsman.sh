#!/bin/sh
# ossl-lint audit of openwsman (github.com/Openwsman/openwsman, branch main)
# e619555c3484264a188396bc8b9c77c39ef47bb2 (2025-03-05, "Merge pull request #209 ...")
# usage: openwsman.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/openwsman (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libxml2-dev libcurl4-openssl-dev
#   libpam0g-dev cmake): git archive of the commit into $R/openwsman/src, then in src:
#   cmake -S . -B build-lint -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DBUILD_LIBCIM=NO
#     -DBUILD_EXAMPLES=NO -DBUILD_BINDINGS=NO -DBUILD_PYTHON3=NO -DBUILD_RUBY=NO -DBUILD_RUBY_GEM=NO
#     -DBUILD_PERL=NO -DBUILD_JAVA=NO -DBUILD_CSHARP=NO -DBUILD_SWIG_PLUGIN=NO -DBUILD_TESTS=NO
#   (only configures: writes build-lint/wsman_config.h; nothing is built). The flags are the
#   openwsmand target's in build-lint/compile_commands.json (one command line for all its units)
# Files: every unit of the openwsmand server: its embedded shttpd (src/server/shttpd/io_ssl.c:
# _shttpd_ssl_handshake with SSL_accept and SSL_get_error, read_ssl/write_ssl with SSL_read and
# SSL_write, the io_class table; shttpd.c: add_socket with SSL_new and SSL_set_fd, the SSL_CTX
# setup, the workers' event loop; the other shttpd units) and the daemon around it (wsmand*.c,
# gss.c). shttpd's ssl.h defines every SSL_* it uses as a call through ssl_sw[], a table filled
# by dlsym() from SSL_LIB at run time (even with HAVE_OPENSSL, where it includes <openssl/ssl.h>
# first), so the checker sees calls through function pointers and no OpenSSL I/O; the client
# library talks HTTPS through libcurl.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/openwsman" ] || { echo "$0: $R/openwsman: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/openwsman/src
H=$S/src/server/shttpd
exec "$BIN" "$@" -j2 \
  $H/string.c $H/shttpd.c $H/auth.c $H/md5.c $H/adapter.c $H/cgi.c $H/log.c $H/io_socket.c \
  $H/io_ssl.c $H/io_emb.c $H/compat_unix.c $H/io_dir.c $H/io_file.c \
  $S/src/server/wsmand-daemon.c $S/src/server/wsmand-listener.c $S/src/server/gss.c \
  $S/src/server/wsmand.c \
  -- '-DDELIM_CHARS=", "' -DEMBEDDED -DHAVE_CONFIG_H -DHAVE_OPENSSL -DNO_CGI -DNO_SSI \
  '-DPACKAGE_AUTH_DIR="/usr/local/lib64/openwsman/authenticators"' \
  '-DPACKAGE_PLUGIN_DIR="/usr/local/lib64/openwsman/plugins"' \
  '-DPACKAGE_SUBSCRIPTION_DIR="/var/lib/openwsman/subscriptions"' \
  '-DSSL_LIB="/usr/lib/x86_64-linux-gnu/libssl.so"' \
  -I/usr/include/libxml2 -I$S/include -I$H -I$S/src/server -I$S/build-lint -g -fPIC
