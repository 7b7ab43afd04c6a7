#!/bin/sh
# ossl-lint audit of fdm (github.com/nicm/fdm, branch master)
# 0918b78a82a789d63cebe44b7662f0a8dc603000 (2023-09-04, "Send UTF8 command to POP3 server
# (ignore the response), because some servers don't like UTF-8 without it.")
# usage: fdm.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/fdm (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libtdb-dev zlib1g-dev autoconf automake
# bison): git archive of the commit into $R/fdm/src, then in src: sh autogen.sh && ./configure
# (only configures: writes Makefile, whose DEFS carry the config; there is no config header;
# nothing is built); the flags are Makefile.am's CFLAGS (-D_GNU_SOURCE -std=gnu99) and
# CPPFLAGS (-DSYSCONFFILE, -DSYSLOCKFILE with configure's /etc and /var) plus the Makefile's
# DEFS that the sources test (VERSION, HAVE_SETRESUID, HAVE_SETRESGID, HAVE_B64_NTOP; not
# HAVE_SYS_QUEUE_H/HAVE_SYS_TREE_H, which fdm.h does not test: it reads HAVE_QUEUE_H/HAVE_TREE_H,
# so compat/queue.h and compat/tree.h are used, as in the real build); no -DDEBUG (not
# --enable-debug), no -DPCRE2 (not --enable-pcre2)
# Files: the OpenSSL layer, io.c (io_fill/io_push: SSL_read/SSL_write on non-blocking sockets
# classified with SSL_get_error, reached from io_polln -> io_after_poll; io_close: SSL_free)
# and connect.c (makessl: SSL_new/SSL_set_fd/blocking SSL_connect classified by sslerror2,
# sslerror/sslerror2 describing with ERR_get_error, sslverify, connectio/connectproxy); their
# callers: imap-common.c and pop3-common.c (STARTTLS: makessl on the open io; the IMAP/POP3
# state machines that poll), fetch-imap.c, fetch-pop3.c, fetch-nntp.c (connectproxy, then
# io_pollline2/io_flush), deliver-smtp.c, deliver-lmtp.c, deliver-imap.c (connectproxy/
# connectio, io_pollline2/io_update/io_flush), child-fetch.c (the fetch loop: io_polln over the
# account's io, SSL_get_current_cipher for the log), fdm.c (parent's io_polln over the
# children's privsep ios), command.c (io_polln over command pipes), privsep.c (io_flush/io_wait
# of the privsep pipe), fetch-imappipe.c, fetch-pop3pipe.c and fetch-stdin.c (io_poll* on
# pipes, sharing imap-common.c/pop3-common.c's state machines).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/fdm" ] || { echo "$0: $R/fdm: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/fdm/src
exec "$BIN" "$@" -j2 \
  $S/io.c $S/connect.c $S/imap-common.c $S/pop3-common.c $S/fetch-imap.c $S/fetch-pop3.c \
  $S/fetch-nntp.c $S/deliver-smtp.c $S/deliver-lmtp.c $S/deliver-imap.c $S/child-fetch.c \
  $S/fdm.c $S/command.c $S/privsep.c $S/fetch-imappipe.c $S/fetch-pop3pipe.c $S/fetch-stdin.c \
  -- -std=gnu99 -D_GNU_SOURCE -DVERSION=\"2.2\" -DHAVE_SETRESUID=1 -DHAVE_SETRESGID=1 \
  -DHAVE_B64_NTOP=1 -DSYSCONFFILE=\"/etc/fdm.conf\" -DSYSLOCKFILE=\"/var/run/fdm.lock\" \
  -I/usr/local/include -I$S
