#!/bin/sh
# ossl-lint audit of wzdftpd (github.com/Ambassadormathismathews/wzdftpd, branch master: a git import
# of wzdftpd's SVN, 0.9.0) 8155204d8cc06858f65e78ca0a46ccb9a5833128 (2009-03-03, "Revert broken commits")
# usage: wzdftpd.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/wzdftpd (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0, cmake 3.25; apt: libssl-dev cmake): git archive of the commit
# into $R/wzdftpd/src, then in src: mkdir build && cd build && cmake .. -DWITH_GnuTLS=OFF
# -DWITH_MySQL=OFF -DWITH_PerlDev=OFF -DWITH_PostgreSQL=OFF -DWITH_SQLite3=OFF -DWITH_TCLDev=OFF
# -DWITH_Zeroconf=OFF -DCMAKE_EXPORT_COMPILE_COMMANDS=ON   (only configures: writes build/config.h
# and build/wzd_version.h; OpenSSL found, HAVE_OPENSSL; nothing is built); the flags are those of
# libwzd_core's units in the compilation database (-DHAVE_CONFIG_H -DHAVE_OPENSSL -DHAVE_UTF8
# -DWZD_MULTITHREAD -std=gnu99 -O3 -DNDEBUG -fPIC and the large-file defines, -I. -Ilibwzd-core
# -Ibuild). wzd_tls.c:302 casts to OpenSSL 0.9's `STACK *`, a type OpenSSL 1.1 renamed
# OPENSSL_STACK: -DSTACK=OPENSSL_STACK names it (no OpenSSL header uses the word), without which
# tls_init does not parse
# Files: the server's OpenSSL layer libwzd-core/wzd_tls.c (tls_init: SSL_CTX setup; tls_read and
# tls_write: SSL_read/SSL_write on non-blocking sockets, classified with SSL_get_error, select on a
# want; tls_auth/tls_auth_cont: AUTH TLS, SSL_new, SSL_set_fd, SSL_accept; tls_init_datamode and
# tls_auth_data_cont: the data connection's SSL_accept, or SSL_connect under SSCN; tls_close_data
# and tls_free: SSL_shutdown) and the callers in libwzd-core: wzd_ClientThread.c (the client
# thread, AUTH/PROT/SSCN, the data connections), wzd_data.c (data transfers, tls_close_data),
# wzd_login.c and wzd_messages.c (the replies through context->write_fct), wzd_libmain.c and
# wzd_threads.c (init and the thread start), and wzdftpd/wzd_ServerThread.c (the server's loop,
# implicit TLS, tls_init). The client library libwzd/ (libwzd_tls.c returns SSL_read/SSL_write
# unclassified) is another program whose tls_init/tls_read/tls_write have the server's names, and
# is not part of this run
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/wzdftpd" ] || { echo "$0: $R/wzdftpd: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/wzdftpd/src
exec "$BIN" "$@" -j2 \
  $S/libwzd-core/wzd_tls.c $S/libwzd-core/wzd_ClientThread.c $S/libwzd-core/wzd_data.c \
  $S/libwzd-core/wzd_login.c $S/libwzd-core/wzd_messages.c $S/libwzd-core/wzd_libmain.c \
  $S/libwzd-core/wzd_threads.c $S/wzdftpd/wzd_ServerThread.c \
  -- -DHAVE_CONFIG_H -DHAVE_OPENSSL -DHAVE_UTF8 -DWZD_MULTITHREAD -std=gnu99 -O3 -DNDEBUG -fPIC \
  -D_LARGEFILE64_SOURCE -D__USE_FILE_OFFSET64 -D_FILE_OFFSET_BITS=64 -DSTACK=OPENSSL_STACK \
  -I$S -I$S/libwzd-core -I$S/build
