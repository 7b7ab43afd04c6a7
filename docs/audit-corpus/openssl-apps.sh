#!/bin/sh
# ossl-lint audit of openssl-apps: OpenSSL 3.0.22's own command-line programs (the `openssl`
# binary's s_client, s_server, s_time; OpenSSL's demo/test code, not a library API), from
# Debian 12's source package openssl 3.0.22-1~deb12u2 (bookworm-security), upstream tarball
# openssl_3.0.22.orig.tar.gz (sha256 67ebca7e50d17383028045486653492195b83db95f8558709701bb47b5c1ef81,
# release date 25 Aug 2026 in VERSION.dat); not a GitHub snapshot
# usage: openssl-apps.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/openssl-apps (docs/audit-corpus/README.md)
# preparation (Debian 12, with deb-src enabled in /etc/apt/sources.list.d/debian.sources; apt:
# perl make): `apt-get source openssl` (3.0.22-1~deb12u2) and copy the unpacked
# openssl-3.0.22 to $R/openssl-apps/src (here the tree was the orig tarball alone: the mirror
# answered 404 for the .dsc and debian.tar.xz, so Debian's patches are not applied; the
# orig tarball is byte-identical to the one apt-get fetched), then in src:
#   ./Configure linux-x86_64            (writes configdata.pm and the Makefile)
#   make build_generated                (include/openssl/opensslv.h, ssl.h, ... from their .in)
#   make apps/progs.h apps/progs.c      (the command table the `openssl` binary dispatches on)
# nothing is compiled; the flags are the Makefile's for apps/openssl-bin-s_client.o & co.
# (BIN_CFLAGS/BIN_CPPFLAGS: -pthread -m64 -DOPENSSL_BUILDING_OPENSSL -DNDEBUG, -Iapps -I.
# -Iinclude -Iapps/include; libapps' LIB_CPPFLAGS add only -DOPENSSL_USE_NODELETE -DL_ENDIAN
# -DOPENSSL_PIC and the *DIR strings, none of which apps/ tests), so the tree's own headers, not
# /usr/include's, are parsed; -O3/-Wall left out
# Files: the TLS programs: apps/s_client.c (SSL_write/SSL_read in the select loop, the
# handshake driven by 0-byte SSL_write, SSL_write_early_data, all classified with
# SSL_get_error; STARTTLS protocols; -reconnect; SSL_shutdown via do_ssl_shutdown),
# apps/s_server.c (sv_body: SSL_read_early_data/SSL_accept/SSL_read/SSL_write classified with
# SSL_get_error, SSL_key_update/SSL_renegotiate on stdin commands; www_body/rev_body over
# BIO_f_ssl, www_body's SSL_renegotiate + SSL_do_handshake), apps/s_time.c (doConnection:
# SSL_connect; SSL_read/SSL_write loops tested for <= 0 only, never classified); their
# helpers in libapps: apps/lib/s_cb.c (verify/info/msg callbacks, set_cert_stuff,
# do_ssl_shutdown, print_ssl_summary ...), apps/lib/s_socket.c (init_client, do_server: the
# accept loop calling sv_body/www_body/rev_body through a pointer), apps/lib/tlssrp_depr.c (the
# SRP callbacks), apps/lib/apps.c, opt.c, apps_ui.c, app_libctx.c, app_provider.c, app_rand.c,
# app_x509.c, engine.c, engine_loader.c, fmt.c (loading keys, certificates, option parsing,
# password UI); and the driver: apps/openssl.c (main, do_cmd) with the generated apps/progs.c
# (functions[]: s_client_main etc. reached through fp->func).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/openssl-apps" ] || { echo "$0: $R/openssl-apps: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/openssl-apps/src
exec "$BIN" "$@" -j2 \
  $S/apps/s_client.c $S/apps/s_server.c $S/apps/s_time.c $S/apps/lib/s_cb.c \
  $S/apps/lib/s_socket.c $S/apps/lib/tlssrp_depr.c $S/apps/lib/apps.c $S/apps/lib/opt.c \
  $S/apps/lib/apps_ui.c $S/apps/lib/app_libctx.c $S/apps/lib/app_provider.c \
  $S/apps/lib/app_rand.c $S/apps/lib/app_x509.c $S/apps/lib/engine.c \
  $S/apps/lib/engine_loader.c $S/apps/lib/fmt.c $S/apps/openssl.c $S/apps/progs.c \
  -- -pthread -m64 -DOPENSSL_BUILDING_OPENSSL -DNDEBUG -I$S/apps -I$S -I$S/include \
  -I$S/apps/include
