#!/bin/sh
# ossl-lint audit of SmbFTPD 2.2 (github.com/jchuang1977/smbftpd-2.2, a vendor import of Wang
# Chun-Pin's SmbFTPD; taken instead of muddleftpd, which has no mirror with source here (only
# pld-linux's packaging) and no TLS) f55cc994fffd2717764514e00d8b48deacd0262c (2014-04-23, "first
# commit")
# usage: smbftpd.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/smbftpd (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): git archive of the commit into
# $R/smbftpd/src, then in src: ./configure --with-ssl   (its own script, not autoconf: rewrites
# Makefile.inc, which the import carries for an ARM cross build, and include/config.h with
# WITH_SSL; nothing is built); the flags are Makefile.inc's CFLAGS (-O2 -pipe
# -D_LARGEFILE64_SOURCE -D_FILE_OFFSET_BITS=64 -D_GNU_SOURCE; the warnings left out) and the
# Makefiles' -I include; no -std: the compiler's default
# Files: the TLS library ssl/ (init.c: the context; session.c: ssl_init_session, SSL_new,
# SSL_set_fd and the blocking SSL_accept of AUTH TLS; dataconn.c: the data connection's
# SSL_accept; io.c: ssl_read/ssl_write, SSL_read/SSL_write classified with SSL_get_error in a
# retry loop, the line reader and the buffered writer over them), the server's main.c (the
# session's start and end), the shipped yacc parser ftpcmd.c (the command loop: the control
# line reader, and the dispatch to each cmd_*), reply.c (the control replies), oob.c (ABOR and
# STAT during a transfer), the commands that switch TLS on or move data (cmd/cmd_auth.c, cmd_pbsz.c,
# cmd_prot.c, cmd_passive.c, cmd_retr.c, cmd_store.c, cmd_list.c, cmd_user.c, cmd_pass.c) and
# param.c (the TLS settings); the auth back ends (PAM, MySQL, PostgreSQL) are not built in
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/smbftpd" ] || { echo "$0: $R/smbftpd: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/smbftpd/src
exec "$BIN" "$@" -j2 \
  $S/ssl/init.c $S/ssl/session.c $S/ssl/dataconn.c $S/ssl/io.c $S/main.c $S/ftpcmd.c $S/reply.c $S/oob.c $S/param.c \
  $S/cmd/cmd_auth.c $S/cmd/cmd_pbsz.c $S/cmd/cmd_prot.c $S/cmd/cmd_passive.c $S/cmd/cmd_retr.c \
  $S/cmd/cmd_store.c $S/cmd/cmd_list.c $S/cmd/cmd_user.c $S/cmd/cmd_pass.c \
  -- -O2 -pipe -D_LARGEFILE64_SOURCE -D_FILE_OFFSET_BITS=64 -D_GNU_SOURCE -I$S/include
