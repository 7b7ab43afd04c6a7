#!/bin/sh
# ossl-lint audit of event-driven-servers (github.com/MarcJHuber/event-driven-servers, branch master) 774d7b4d6cabf35e1e3fe4d79ba41553400e083b (2026-07-24, "LAST_COMMIT: auto-bump version")
# usage: event-driven-servers.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/event-driven-servers (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libpcre2-dev libc-ares-dev libcurl4-openssl-dev
#   libldap-dev libpam0g-dev libsctp-dev zlib1g-dev libcrypt-dev): git archive of the commit into
#   $R/event-driven-servers/src, then in src: ./configure tac_plus-ng (the project's perl
#   configure; finds OpenSSL, no LibreSSL libtls, so WITH_SSL and not WITH_TLS; writes
#   build/Makefile.inc.<OS>; nothing is built), the two generated files the build makes first:
#   misc/version.h from LAST_COMMIT (GNUmakefile's rule) and mavis/token.h, token.c
#   (perl mavis/token.pl, mavis/GNUmakefile's rule); the flags are that Makefile.inc's CFLAGS,
#   DEF and INC (-I$S) as tac_plus-ng/Makefile.obj and mavis/Makefile.obj use them (INC_SSL and
#   INC_PCRE are empty); -DOS and -DOSLEVEL are the build host's
# Files: tac_plus-ng, the TACACS+/RADIUS daemon, whole (tac_plus-ng/Makefile.obj's OBJ list):
# main.c (accept of TCP/TLS/DTLS connections, the SSL_accept step accept_control_tls with its
# SSL_get_error switch, cleanup's SSL_shutdown), packet.c (tac_read/tac_write/rad_read: the
# packet reads and writes through io_SSL_read_ex/io_SSL_write_ex), config.c (the realms'
# SSL_CTX setup ssl_init, certificates, PSK), authen.c (TLS-based certificate authentication
# details), type6.c, and the rest of the program (acct.c, author.c, config_radius.c, context.c,
# dump.c, mavis.c, report.c, utils.c, udp-spoof.c, misc/buffer.c); and from its shared library
# libmavis the OpenSSL I/O layer misc/io_sched.c (io_SSL_read/io_SSL_write/io_SSL_read_ex/
# io_SSL_write_ex: SSL_read_ex/SSL_write_ex and their SSL_get_error classification, io_SSL_rw's
# want-driven event rescheduling, io_SSL_shutdown), all on non-blocking sockets.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/event-driven-servers" ] || { echo "$0: $R/event-driven-servers: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/event-driven-servers/src
exec "$BIN" "$@" -j2 \
  $S/tac_plus-ng/main.c $S/tac_plus-ng/packet.c $S/tac_plus-ng/config.c $S/tac_plus-ng/authen.c \
  $S/tac_plus-ng/type6.c $S/tac_plus-ng/acct.c $S/tac_plus-ng/author.c \
  $S/tac_plus-ng/config_radius.c $S/tac_plus-ng/context.c $S/tac_plus-ng/dump.c \
  $S/tac_plus-ng/mavis.c $S/tac_plus-ng/report.c $S/tac_plus-ng/utils.c \
  $S/tac_plus-ng/udp-spoof.c $S/misc/buffer.c $S/misc/io_sched.c \
  -- -Wall -W -Wno-strict-prototypes -Wno-implicit-fallthrough -O2 -DOSTYPE=linux \
  -DOSLEVEL=0x0612002c -DOS="\"linux-6.18.44-fc-v1300-x86_64\"" -D_LARGEFILE_SOURCE \
  -D_FILE_OFFSET_BITS=64 -DWITH_ARES -DWITH_DNS -DWITH_SSL -DWITH_CRYPTO -DWITH_PCRE2 \
  -DPCRE2_CODE_UNIT_WIDTH=8 -DWITH_ZLIB -DWITH_CRYPT -DWITH_CURL -DWITH_PAM \
  -DHAVE_SECURITY_PAM_APPL_H -DWITH_SCTP -DWITH_PTHREAD -DWITH_LDAP -DWITH_LBER -DWITH_EPOLL \
  -DWITH_POLL -DWITH_SELECT -DWITH_IPC -I$S
