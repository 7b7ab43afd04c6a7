#!/bin/sh
# ossl-lint audit of ldmud (github.com/ldmud/ldmud, branch master) e1cbe804944c1f5865ad1beeeff220b43c48c7e3 (2026-02-15, "util/indent: convert K&R xmalloc/xrealloc/chfont defs")
# usage: ldmud.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/ldmud (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev autoconf bison libpcre3-dev libidn11-dev; configure
# also found libpq-dev, default-libmysqlclient-dev and python3-dev on the machine): git archive --prefix=src/
# of the commit into $R/ldmud (the tree is $R/ldmud/src, the driver in src/src); in src/src: sh autogen.sh
# (autoreconf in autoconf/, moves configure and machine.h.in up), ./configure --enable-use-tls=ssl
# (config.h: USE_TLS; machine.h: HAS_OPENSSL), then make stdstrings.h stdstructs.h instrs.h patchlevel.h (builds the generator mkfunc
# and runs it: and mk-patchlevel.sh: the generated headers the files include; nothing of the driver is built);
# the flags are src/Makefile's CFLAGS (-I for PostgreSQL's and MySQL's headers, -fwrapv, MPATH's
# -DMUD_LIB/-DBINDIR/-DERQ_DIR with the default prefix /usr/local/mud).
# Files: the LDMud game driver (a MUD server): pkg-openssl.c is the OpenSSL TLS package (SSL_CTX, keys and
# DH parameters in tls_global_init(), tls_init_connection() makes the SSL, tls_do_handshake() runs
# SSL_do_handshake() and classifies, tls_read() retries SSL_read() on WANT_* up to five times,
# tls_write() writes with SSL_write(), tls_deinit_connection() shuts down, dump_openssl_error_stack()
# drains the queue into the debug log), pkg-tls.c the package-independent part (the tls_init_connection
# and tls_deinit_connection efuns, tls_continue_handshake() with its callback), comm.c the non-blocking
# single-threaded select() loop over the interactive sockets (get_message() reads through tls_read(),
# comm_send_buf()/flush write through tls_write()), simulate.c (errorf()) and main.c (debug_message()).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/ldmud" ] || { echo "$0: $R/ldmud: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/ldmud/src/src
exec "$BIN" "$@" -j2 \
  $S/pkg-openssl.c $S/pkg-tls.c $S/comm.c $S/simulate.c $S/main.c \
  -- -I$S -I/usr/include/postgresql -I/usr/include/mysql -fwrapv -O2 -g \
  '-DMUD_LIB="/usr/local/mud/lib"' '-DBINDIR="/usr/local/mud/bin"' '-DERQ_DIR="/usr/local/mud/libexec"'
