#!/bin/sh
# ossl-lint audit of burp (github.com/grke/burp, branch master)
# 85c6c505eec4848fd3218a48c37daf87e46465ec (2026-02-06, "Make utests pass again")
# usage: burp.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/burp (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev librsync-dev uthash-dev zlib1g-dev
# libacl1-dev libncurses-dev libcap-dev libsystemd-dev autoconf automake libtool pkg-config): git
# archive of the commit into $R/burp/src, then in src: autoreconf -vif && ./configure (writes
# src/config.h; nothing is built); the flags are the generated Makefile's DEFS, DEFAULT_INCLUDES
# (-I. -Isrc), AM_CPPFLAGS (-fno-strict-aliasing), main_CPPFLAGS's -DSYSCONFDIR="/etc/burp"
# (OPENSSL_INC is empty) and the CFLAGS configure computed (-D_DEFAULT_SOURCE
# -D_XOPEN_SOURCE=600 -DHAVE_NCURSES_H=1 -DHAVE_SYSTEMD=1); no -std: gcc's default gnu17
# Files: the one burp binary holds client and server. The OpenSSL layer: src/asfd.c (the async
# fd: asfd_do_read_ssl/asfd_do_write_ssl, SSL_read/SSL_write classified with SSL_get_error after
# ERR_clear_error, reached through the asfd's do_read/do_write pointers; SSL_shutdown in
# asfd_close) and src/ssl.c (ssl_do_accept: the SSL_accept loop; ctx set-up, ssl_check_cert);
# their callers: src/async.c (async_io: the select loop calling do_read/do_write),
# src/server/main.c (run_child: SSL_new, BIO_new_socket, ssl_do_accept, then the session),
# src/client/main.c (ssl_setup: SSL_connect classified in the log line), src/server/auth.c and
# src/client/auth.c (the first exchange over TLS; the server's RAND_bytes/ERR_get_error);
# helpers: src/log.c (logp_ssl_err: ERR_print_errors) and src/fzp.c (fzp_ERR_print_errors_fp).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/burp" ] || { echo "$0: $R/burp: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/burp/src
exec "$BIN" "$@" -j2 \
  $S/src/asfd.c $S/src/ssl.c $S/src/async.c $S/src/server/main.c $S/src/client/main.c \
  $S/src/server/auth.c $S/src/client/auth.c $S/src/log.c $S/src/fzp.c \
  -- -DHAVE_CONFIG_H -I$S -I$S/src -fno-strict-aliasing '-DSYSCONFDIR="/etc/burp"' \
  -D_DEFAULT_SOURCE -D_XOPEN_SOURCE=600 -DHAVE_NCURSES_H=1 -DHAVE_SYSTEMD=1
