#!/bin/sh
# ossl-lint audit of mailsend (github.com/muquit/mailsend, branch master)
# c9b07e0335e19d86e01e4756d555f422069ff052 (2025-04-05, "Convert README.asc to README.md, no code
# change"; mailsend 1.20b); it stands in for sipsak, whose OpenSSL TLS transport is a stub (no
# SSL_read/SSL_write, WITH_TLS_TRANSP defined only with GnuTLS): a command-line protocol test
# tool, here for SMTP (STARTTLS and SMTPS over OpenSSL)
# usage: mailsend.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/mailsend (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): git archive of the commit into
# $R/mailsend/src, then in src:
#   ./configure --with-openssl=/usr   (without it OpenSSL is not found: no HAVE_OPENSSL;
#   only configures: writes the Makefiles, whose DEFS carry the defines; no config header;
#   nothing is built)
# the flags are the top Makefile's DEFINES (INCLUDES -I. and the libs' directories, DEFS with
# HAVE_OPENSSL=1 and -DUNIX, -DHAVE_MATH_H=1) for every file, with libmsock's -DSYS_UNIX=1
# (-g -O2 -Wall and the empty OPENSSL_INC's /usr/include left out); no -std: gcc's default
# Files: libs/libmsock/msock.c, the socket layer (msock_get_ssl: SSL_CTX_new, SSL_new;
# sockWrite: SSL_write; sockGets: SSL_read one byte at a time; both unclassified), and the
# client: smtp.c (the STARTTLS and SMTPS paths: SSL_set_fd, the blocking SSL_connect checked
# <= 0 and ERR_print_errors_fp, print_cert_info, then every command and the message through
# msock), main.c (main, options); no SSL_get_error anywhere
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/mailsend" ] || { echo "$0: $R/mailsend: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/mailsend/src
exec "$BIN" "$@" -j2 \
  $S/libs/libmsock/msock.c $S/smtp.c $S/main.c \
  -- -I$S -I$S/libs/libmutils -I$S/libs/libmsock -I$S/libs/libsll '-DPACKAGE_NAME=""' \
  '-DPACKAGE_TARNAME=""' '-DPACKAGE_VERSION=""' '-DPACKAGE_STRING=""' '-DPACKAGE_BUGREPORT=""' \
  '-DPACKAGE_URL=""' -DSTDC_HEADERS=1 -DHAVE_SYS_TYPES_H=1 -DHAVE_SYS_STAT_H=1 -DHAVE_STDLIB_H=1 \
  -DHAVE_STRING_H=1 -DHAVE_MEMORY_H=1 -DHAVE_STRINGS_H=1 -DHAVE_INTTYPES_H=1 -DHAVE_STDINT_H=1 \
  -DHAVE_UNISTD_H=1 -DHAVE_MALLOC_H=1 -DHAVE_CTYPE_H=1 -DHAVE_FCNTL_H=1 -DHAVE_SYS_FILE_H=1 \
  -DHAVE_LIMITS_H=1 -DHAVE_FLOCK=1 -DHAVE_SOCKET=1 -DHAVE_HTONL=1 -DHAVE_GETHOSTNAME=1 \
  -DHAVE_GETHOSTBYADDR=1 -DHAVE_YP_GET_DEFAULT_DOMAIN=1 -DHAVE_LIBNSL=1 -DHAVE_RES_SEARCH=1 \
  -DHAVE_INET_ATON=1 -DHAVE_DN_SKIPNAME=1 -DHAVE_MKSTEMP=1 -DHAVE_GETADDRINFO=1 -DHAVE_OPENSSL=1 \
  -DUNIX -DHAVE_MATH_H=1 -DSYS_UNIX=1
