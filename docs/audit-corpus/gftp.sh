#!/bin/sh
# ossl-lint audit of gftp (github.com/masneyb/gftp, branch master, 2.9.1b)
# 48114635f7b7b1f9a5eda985021ea53b10a7a030 (2025-05-12, "docs: add README.keylog for SSLKEYLOGFILE
# TLS decryption support")
# usage: gftp.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/gftp (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libglib2.0-dev meson): git archive of the
#   commit into $R/gftp/src, then in src: meson setup build -Dgtkport=false (only configures, for
#   build/compile_commands.json; no config.h is generated or needed, nothing is built). The flags
#   are libgftp's there: meson's default buildtype debug (-DGFTP_DEBUG), -std=c11,
#   -D_FILE_OFFSET_BITS=64, USE_SSL (openssl found by pkg-config, whose cflags are empty), the
#   lib target's c_args with the default prefix, glib's include directories
# Files: the OpenSSL layer lib/sslcommon.c (gftp_ssl_startup: SSL_CTX_new and its setup;
# gftp_ssl_session_setup_ex: socket BIO, SSL_new, the blocking SSL_connect, the peer check;
# gftp_ssl_read: SSL_read classified with SSL_get_error; gftp_ssl_write: SSL_write classified with
# SSL_get_error; gftp_ssl_session_close_ex: SSL_shutdown), the protocols that install them as the
# request's read/write functions and post_connect hook (lib/protocol_ftps.c, lib/protocol_https.c),
# their callers through those pointers (lib/protocol_ftp.c, lib/protocol_http.c: the control
# channel's responses and commands, the data channel, http_chunked_read; lib/protocols.c:
# gftp_get_next_file_chunk/gftp_put_next_file_chunk), lib/socket-connect.c (gftp_connect_server,
# which calls post_connect) and lib/sockutils.c (gftp_get_line, the plain gftp_fd_read and
# gftp_fd_write, the socket's blocking mode set around the handshake); the GTK and text front
# ends only drive the library.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/gftp" ] || { echo "$0: $R/gftp: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/gftp/src
exec "$BIN" "$@" -j2 \
  $S/lib/sslcommon.c $S/lib/protocol_ftps.c $S/lib/protocol_https.c $S/lib/protocol_ftp.c \
  $S/lib/protocol_http.c $S/lib/protocols.c $S/lib/socket-connect.c $S/lib/sockutils.c \
  -- -D_FILE_OFFSET_BITS=64 -std=c11 -DGFTP_DEBUG '-DPACKAGE_NAME="gftp"' -D_REENTRANT \
  '-DVERSION="2.9.1b"' '-DUSE_SSL="1"' '-DGETTEXT_PACKAGE="gftp"' \
  '-DSHARE_DIR="/usr/local/share/gftp"' '-DLOCALE_DIR="/usr/local/share/locale"' \
  '-DDOC_DIR="/usr/local/share/doc"' \
  -I$S/build/lib -I$S/lib -I/usr/include/glib-2.0 -I/usr/lib/x86_64-linux-gnu/glib-2.0/include
