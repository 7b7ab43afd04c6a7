#!/bin/sh
# ossl-lint audit of AFD, the Automatic File Distributor (github.com/hfs/afd, branch master: an
# import of Holger Kiehl's releases) dc9f4a10b83eb77f345cbd0dea3e61bfce9fee9f (2014-02-26, "Merge
# official version 1.4.6-1 from branch 'vendor'"); audited in place of Debian's netkit-ftp-ssl,
# whose patched source is in no mirror here (the orig tarball is plain netkit-ftp 0.17, the SSL
# code is in the debian.tar.xz the archive does not serve): AFD's aftp is a command-line FTP
# client with AUTH TLS and protected data connections, over the same ftpcmd.c as its sf_ftp/gf_ftp
# usage: afd.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/afd (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): git archive of the commit into
#   $R/afd/src, then in src:
#   ./configure --enable-ssl --with-ssl-includes=/usr/include \
#     --with-ssl-libraries=/usr/lib/x86_64-linux-gnu --with-gui=none --without-x
#   make configmake.h
#   (configures and makes the top Makefile's generated header of install paths, which
#   init_afd/afddefs.h includes; writes config.h; the two --with-ssl-* are needed because configure takes
#   pkg-config's empty --cflags-only-I for "no OpenSSL" and leaves WITH_SSL undefined; no Motif,
#   no X; nothing is built); the flags are src/protocols/Makefile's and src/cmdline/Makefile's
#   (DEFS -DHAVE_CONFIG_H, CFLAGS -g -O2 -DLINUX -msse4.2, DEFAULT_INCLUDES -I. -I$(top_builddir),
#   AM_CPPFLAGS -I.. -I../init_afd -I../fd plus -I/usr/include (AFD_SSL_INCLUDES) in protocols/
#   and -I../protocols in cmdline/: one run with the union, no header name is in two of the
#   directories); no -std: gcc's default
# Files: the aftp program: src/cmdline/aftp.c (main: ftp_connect, ftp_ssl_auth, ftp_data,
# ftp_read/ftp_write of the transfers, ftp_quit) with its units init_aftp.c, eval_files.c,
# get_remote_file_names.c and trans_log.c, and from libprotocols the FTP client
# src/protocols/ftpcmd.c (ftp_ssl_auth: SSL_connect on the control connection;
# encrypt_data_connection, from ftp_data and ftp_list: SSL_connect on the data connection;
# ftp_read, read_data_line, read_data_to_buffer and read_msg, under get_reply: SSL_read; read_msg's
# fall-back to clear text: SSL_shutdown), src/protocols/common.c (ssl_write: SSL_write classified
# with SSL_get_error; ssl_error_msg: SSL_get_error and one ERR_get_error for the log;
# command()) and
# src/protocols/connect_with_timeout.c; httpcmd.c (TLS too) belongs to the HTTP programs, not
# to aftp, and the daemons sf_ftp/gf_ftp are not in the run
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/afd" ] || { echo "$0: $R/afd: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/afd/src
exec "$BIN" "$@" -j2 \
  $S/src/cmdline/aftp.c $S/src/cmdline/init_aftp.c $S/src/cmdline/eval_files.c \
  $S/src/cmdline/get_remote_file_names.c $S/src/cmdline/trans_log.c \
  $S/src/protocols/ftpcmd.c $S/src/protocols/common.c $S/src/protocols/connect_with_timeout.c \
  -- -DHAVE_CONFIG_H -g -O2 -DLINUX -msse4.2 -I$S -I$S/src -I$S/src/init_afd -I$S/src/fd \
  -I$S/src/protocols -I$S/src/cmdline -I/usr/include
