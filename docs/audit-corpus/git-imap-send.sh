#!/bin/sh
# ossl-lint audit of git's imap-send (github.com/git/git, branch master, "The 16th batch", v2.55
# in development; an older commit of the snapshot, whose newest is 24d3212 of 2026-08-22)
# 1a3e64c6c4a623626ff0687008732a8e007e2a1c (2026-08-20)
# usage: git-imap-send.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/git-imap-send (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; libcurl4-openssl-dev: USE_CURL_FOR_IMAP_SEND includes
#   curl/curl.h): git archive of the commit into $R/git-imap-send/src; nothing else (no
#   configure: git's Makefile and config.mak.uname). The flags are those of
#   `make -n V=1 imap-send.o` in src (which only writes GIT-VERSION-FILE), less the -MF/-MQ/-MMD/-MP
#   dependency options and -o/-c; NO_OPENSSL is not set, so the OpenSSL tunnel code is compiled.
# Files: imap-send.c, the whole program: the OpenSSL socket layer (ssl_socket_connect with
# SSL_connect and SSL_get_error in socket_perror, socket_read with SSL_read, socket_write with
# SSL_write, socket_shutdown with SSL_shutdown) and the IMAP client that reads and writes through
# it (buffer_gets, issue_imap_cmd, imap_open_store; the curl path is separate).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/git-imap-send" ] || { echo "$0: $R/git-imap-send: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/git-imap-send/src
exec "$BIN" "$@" -j2 \
  $S/imap-send.c \
  -- -g -O2 -Wall -I$S -DHAVE_LINUX_MAGIC_H -DWITH_RUST -DGIT_HOST_CPU=\"x86_64\" -DHAVE_ALLOCA_H \
     -DUSE_CURL_FOR_IMAP_SEND -DSUPPORTS_SIMPLE_IPC -DSHA1_DC -DSHA1DC_NO_STANDARD_INCLUDES \
     -DSHA1DC_INIT_SAFE_HASH_DEFAULT=0 -DSHA1DC_CUSTOM_INCLUDE_SHA1_C=\"git-compat-util.h\" \
     -DSHA1DC_CUSTOM_INCLUDE_UBC_CHECK_C=\"git-compat-util.h\" -DSHA256_BLK -DHAVE_PATHS_H \
     -DHAVE_DEV_TTY -DHAVE_CLOCK_GETTIME -DHAVE_CLOCK_MONOTONIC -DHAVE_SYNC_FILE_RANGE \
     -DHAVE_SYSINFO -DHAVE_GETDELIM -DHAVE_GETRANDOM -DFREAD_READS_DIRECTORIES -DNO_STRLCPY \
     -DHAVE_FSMONITOR_DAEMON_BACKEND -DHAVE_FSMONITOR_OS_SETTINGS -DSHELL_PATH=\"/bin/sh\"
