#!/bin/sh
# ossl-lint audit of alpine's c-client TLS layer (github.com/alpinemail/alpine, the GitHub mirror
# of Alpine, branch master) fb3f153ac86521633d1afd6184cbdc03918a0168 (2024-05-27)
# usage: alpine.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/alpine (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; libpam0g-dev for ckp_pam.c): two blobs of the snapshot
#   (alpine/alpine.exe, alpine/alpine32.exe) are missing, so the tree is extracted file by file
#   (git ls-tree -r + git cat-file blob into $R/alpine/src) and the 100755 files made executable;
#   then `./configure --without-krb5 --without-ldap --without-tcl --disable-nls`, which picks the
#   c-client target ldb (Debian: BUILDTYPE=lnp, IP=6, SSLTYPE=nopwd) and C_CLIENT_CFLAGS/SPECIALS;
#   then c-client's own setup without compiling: `cd imap && make an && touch ip6`, and in
#   imap/c-client `make once OS=slx SIGTYPE=psx CHECKPW=pam CRXTYPE=nfs SPOOLDIR=/var/spool
#   ACTIVEFILE=/var/lib/news/active RSHPATH=/usr/bin/rsh BASECFLAGS='-g -pipe
#   -fno-omit-frame-pointer' BASELDFLAGS='-lpam -ldl' PASSWDTYPE=std SSLTYPE=nopwd IP=6
#   EXTRACFLAGS=' -I/usr/include/openssl  -g -O2 -DOPENSSL_1_1_0 -DOPENSSL_API_COMPAT=0x10100000L'
#   GSSINCLUDE=/usr/include GSSLIB=/usr/lib MAILSPOOL=/var/mail SSLINCLUDE=/usr/include/openssl
#   SSLLIB=/usr/lib SSLDIR=/etc/ssl SSLCERTS=/etc/ssl/certs SSLKEYS=/etc/ssl/private` (the
#   parameters lnp and ldb give; it links osdep.h to os_slx.h, writes linkage.c/.h, CFLAGS and
#   OSCFLAGS, and concatenates os_slx.c, ckp_pam.c, log_std.c and ssl_unix.c into osdep.c).
#   The flags below are the contents of c-client's CFLAGS and OSCFLAGS, as its osdep.o rule uses.
# Files: osdep.c, the unit c-client compiles ssl_unix.c in (lines 237- are ssl_unix.c's 1-:
# subtract 236; it includes tcp_unix.c and sslstdio.c): SSL_CTX/SSL setup and the handshake
# (ssl_start_work, SSL_write of 0 bytes), ssl_getdata (SSL_read, SSL_get_error), ssl_sout
# (SSL_write), ssl_abort (SSL_shutdown), the server side (ssl_server_init, SSL_accept); and the
# c-client units that drive the network drivers (mail.c: net_* dispatch through the driver
# table) and the protocols that read and write through them (imap4r1.c, smtp.c, pop3.c, nntp.c).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/alpine" ] || { echo "$0: $R/alpine: No such file or directory (not prepared)" >&2; exit 127; }
C=$R/alpine/src/imap/c-client
exec "$BIN" "$@" -j2 \
  $C/osdep.c $C/mail.c $C/imap4r1.c $C/smtp.c $C/pop3.c $C/nntp.c \
  -- -g -pipe -fno-omit-frame-pointer -I/usr/include/openssl -g -O2 -DOPENSSL_1_1_0 \
     -DOPENSSL_API_COMPAT=0x10100000L -DCHUNKSIZE=65536 \
     -DCREATEPROTO=unixproto -DEMPTYPROTO=unixproto -DMD5ENABLE=\"/etc/cram-md5.pwd\" \
     -DMAILSPOOL=\"/var/mail\" -DANONYMOUSHOME=\"/var/mail/anonymous\" \
     -DACTIVEFILE=\"/var/lib/news/active\" -DNEWSSPOOL=\"/var/spool/news\" \
     -DRSHPATH=\"/usr/bin/rsh\" -DLOCKPGM=\"\" -DLOCKPGM1=\"/usr/libexec/mlock\" \
     -DLOCKPGM2=\"/usr/sbin/mlock\" -DLOCKPGM3=\"/etc/mlock\" -DLOCKPGM4=\"/usr/bin/mlock\" \
     -DNOFSTATVFS -I/usr/include/openssl/openssl \
     -DSSL_CERT_DIRECTORY=\"/etc/ssl/certs\" -DSSL_KEY_DIRECTORY=\"/etc/ssl/private\"
