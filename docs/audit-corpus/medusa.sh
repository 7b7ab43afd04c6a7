#!/bin/sh
# ossl-lint audit of medusa (github.com/jmk-foofus/medusa, branch master, 2.3)
# fef1e1f0ee91f6108a5a48d3b3c11dc4df40b122 (2025-05-13, "Merge pull request #87 from
# jmk-foofus/81-version-23-release")
# usage: medusa.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/medusa (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libpq-dev): git archive of the commit
#   into $R/medusa/src, then in src `./configure` (debug on by default: -g -DDEBUG; OpenSSL: yes,
#   GnuTLS/libgcrypt: no; RDP, SSH, SVN, SMBv2, AFP, NCP off for want of their libraries), which
#   writes config.h (HAVE_LIBSSL); nothing is built. The flags are src/Makefile's and
#   src/modsrc/Makefile's (the same for the core and the modules): DEFS, DEFAULT_INCLUDES
#   (-I. -I$(top_builddir)), AM_CPPFLAGS (-I$(top_srcdir)/src), CPPFLAGS (-g -DDEBUG -fPIC
#   -I/usr/include/postgresql ... -DLINUX -D_REENTRANT -D_GNU_SOURCE), CFLAGS -g -O2; no -std:
#   gcc's default gnu17
# Files: the OpenSSL layer, src/medusa-net.c (medusaConnectSSLInternal: SSL_CTX_new, SSL_new,
#   SSL_connect with ERR_get_error on failure; medusaReceiveInternal: SSL_read classified by
#   SSL_get_error in an EINTR retry loop; medusaSendInternal: SSL_write; the receive helpers
#   medusaReceive/medusaReceiveDataInternal/medusaReceiveRegex and medusaDisconnect), its
#   helpers src/medusa-trace.c (writeError) and src/medusa-utils.c, the program src/medusa.c
#   (main; dlopen()s the modules), and the modules whose sessions run over medusa-net's TLS
#   (medusaConnectSSL, or STARTTLS through medusaConnectSocketSSL, then medusaSend/
#   medusaReceive*): src/modsrc/{cvs,ftp,http,imap,mysql,nntp,pcanywhere,pop3,postgres,rexec,
#   rlogin,rsh,smtp-vrfy,smtp,telnet,vmauthd,web-form}.c with the helpers linked into them
#   (ntlm.c and http-digest.c: EVP digests and DES on the same thread before medusaSend; sha1.c).
#   Each module is its own .mod loaded with dlopen(); their like-named functions (go,
#   initModule, tryLogin, ...) are joined in one run. Modules with no TLS are skipped (mssql,
#   snmp, vnc, smbnt*, afp, ncp, ssh, svn, rdp, wrapper).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/medusa" ] || { echo "$0: $R/medusa: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/medusa/src
M=$S/src/modsrc
exec "$BIN" "$@" -j2 \
  $S/src/medusa-net.c $S/src/medusa-trace.c $S/src/medusa-utils.c $S/src/medusa.c \
  $M/cvs.c $M/ftp.c $M/http.c $M/imap.c $M/mysql.c $M/nntp.c $M/pcanywhere.c $M/pop3.c \
  $M/postgres.c $M/rexec.c $M/rlogin.c $M/rsh.c $M/smtp-vrfy.c $M/smtp.c $M/telnet.c \
  $M/vmauthd.c $M/web-form.c $M/ntlm.c $M/http-digest.c $M/sha1.c \
  -- -DHAVE_CONFIG_H -I$S -I$S/src -I$M -g -DDEBUG -fPIC -I/usr/include -I/usr/local/include \
  -I/usr/include/postgresql -I/usr/include/pgsql -DLINUX -D_REENTRANT -D_GNU_SOURCE -g -O2
