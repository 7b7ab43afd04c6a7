#!/bin/sh
# ossl-lint audit of rdesktop (github.com/rdesktop/rdesktop, branch 1.8.x: the last OpenSSL
# series, 1.9 moved to GnuTLS) 7841030279c5300d5073b2348b58f3f41e136f82 (2019-06-11,
# "sec_decrypt() the correct amount of data"; v1.8.6 of 2019-05-16 plus two commits)
# usage: rdesktop.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/rdesktop (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libx11-dev libxrandr-dev libxcursor-dev
# libgssglue-dev libpcsclite-dev autoconf automake pkg-config): git archive of the commit into
# $R/rdesktop/src, then in src:
#   ./bootstrap && ./configure   (only configures: the Makefile's CFLAGS carry the defines,
#   WITH_CREDSSP, WITH_SCARD, WITH_RDPSND/RDPSND_OSS, HAVE_XRANDR; no config header; nothing is
#   built); the flags are the Makefile's CFLAGS (-g -O2 -Wall left out, KEYMAP_PATH with the
#   default prefix); no -std: the compiler's default
# Files: tcp.c, the transport (tcp_send: SSL_write classified with SSL_get_error, a want waits
# in tcp_can_send and retries; tcp_recv: SSL_read classified, SSL_ERROR_SSL printed and drained;
# tcp_tls_connect: SSL_new, SSL_set_fd and the SSL_connect loop on SSL_ERROR_WANT_READ;
# tcp_tls_get_server_pubkey), and its callers: iso.c (iso_connect negotiates TLS and calls
# tcp_tls_connect, iso_send/iso_recv over tcp_send/tcp_recv), cssp.c (CredSSP over the TLS
# connection: cssp_connect, cssp_send_tsreq/cssp_read_tsrequest), mcs.c, secure.c, rdp.c (the
# layers above, down to rdp_loop) and rdesktop.c (main); ssl.c, the RC4/RSA/X509 helpers of the
# standard RDP security that secure.c uses on the same thread, and scard.c, whose threads send
# through tcp_send under scard_lock
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/rdesktop" ] || { echo "$0: $R/rdesktop: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/rdesktop/src
exec "$BIN" "$@" -j2 \
  $S/tcp.c $S/iso.c $S/cssp.c $S/mcs.c $S/secure.c $S/rdp.c $S/rdesktop.c $S/ssl.c $S/scard.c \
  -- -I/usr/include/gssglue -I/usr/include/PCSC -pthread '-DPACKAGE_NAME="rdesktop"' \
  '-DPACKAGE_TARNAME="rdesktop"' '-DPACKAGE_VERSION="1.8.6"' '-DPACKAGE_STRING="rdesktop 1.8.6"' \
  '-DPACKAGE_BUGREPORT=""' '-DPACKAGE_URL=""' -DHAVE_STDIO_H=1 -DHAVE_STDLIB_H=1 \
  -DHAVE_STRING_H=1 -DHAVE_INTTYPES_H=1 -DHAVE_STDINT_H=1 -DHAVE_STRINGS_H=1 -DHAVE_SYS_STAT_H=1 \
  -DHAVE_SYS_TYPES_H=1 -DHAVE_UNISTD_H=1 -DSTDC_HEADERS=1 -DL_ENDIAN=1 -DHAVE_SYS_SELECT_H=1 \
  -DHAVE_LOCALE_H=1 -DHAVE_LANGINFO_H=1 -DHAVE_SYSEXITS_H=1 '-Dssldir="/usr"' -DWITH_CREDSSP=1 \
  -DHAVE_XRANDR=1 -DWITH_SCARD=1 '-DEGD_SOCKET="/var/run/egd-pool"' -DWITH_RDPSND=1 \
  -DRDPSND_OSS=1 -DHAVE_DIRENT_H=1 -DHAVE_DIRFD=1 -DHAVE_DECL_DIRFD=1 -DHAVE_ICONV_H=1 \
  -DHAVE_ICONV=1 -DICONV_CONST= -DHAVE_SYS_VFS_H=1 -DHAVE_SYS_STATVFS_H=1 -DHAVE_SYS_STATFS_H=1 \
  -DHAVE_SYS_PARAM_H=1 -DHAVE_SYS_MOUNT_H=1 -DSTAT_STATVFS=1 -DHAVE_STRUCT_STATVFS_F_NAMEMAX=1 \
  -DHAVE_STRUCT_STATFS_F_NAMELEN=1 -DHAVE_MNTENT_H=1 -DHAVE_SETMNTENT=1 \
  '-DKEYMAP_PATH="/usr/local/share/rdesktop/keymaps/"'
