#!/bin/sh
# ossl-lint audit of ossec-hids (github.com/ossec/ossec-hids, branch main) 7f06fe0d7047e6b6b4ece86f82248660f89c3dbe (2026-08-12, "Merge pull request #2297 from atomicturtle/chore/changelog-4.3.0-tone")
# usage: ossec-hids.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/ossec-hids (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libpcre2-dev libsystemd-dev zlib1g-dev
#   libmagic-dev): git archive of the commit into $R/ossec-hids/src; nothing configured or built
#   (the build is a plain src/Makefile); the flags are that Makefile's for Linux with its
#   defaults (DEFINES: MAX_AGENTS, OSSECHIDS, the large-file defines, DEFAULTDIR, USER, REMUSER,
#   GROUPGLOBAL, MAILUSER, -DLinux, INOTIFY_ENABLED, HAVE_SYSTEMD, USE_MAGIC, ZLIB_SYSTEM,
#   USE_PCRE2_JIT, LIBOPENSSL_ENABLED as USE_OPENSSL=auto finds /usr/include/openssl/ssl.h;
#   CFLAGS' -I./external/compat for imsg.h; -I./ -I./headers/; JSON_INCLUDE; the os_auth rule's
#   -I./os_auth); one run needs one ARGV0, so the csyslogd files get os_auth's "ossec-authd"
#   instead of their own "ossec-csyslogd" (a log prefix only); no -std
# Files: os_auth, the agent enrollment pair: auth_conn.c (ossec-authd's worker: one thread of a
# pool per accepted connection; SSL_new, SSL_accept, SSL_read and SSL_write on a blocking socket
# with SO_RCVTIMEO/SO_SNDTIMEO, classified by ssl_error_timed with SSL_get_error), main-server.c
# (ossec-authd's main: the context, the select/accept loop that submits the workers),
# main-client.c (agent-auth: SSL_connect, SSL_write, the SSL_read loop with SSL_get_error),
# ssl.c (context, certificates, CA, the verify callback), check_cert.c (the manager certificate's
# host check) and auth_conn_drop.c; and os_csyslogd's new TLS output: csyslog_tls.c (SSL_connect,
# the SSL_write loop with SSL_get_error and poll, the quiet SSL_shutdown), csyslog_send.c
# (connect, send with one reconnect), with its callers alert.c, csyslogd.c (the loop over every
# syslog_output target in one thread), main.c and config.c. os_auth/ssl-test.c, a stand-alone test
# client linked into no program, is left out.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/ossec-hids" ] || { echo "$0: $R/ossec-hids: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/ossec-hids/src
exec "$BIN" "$@" -j2 \
  $S/src/os_auth/auth_conn.c $S/src/os_auth/main-server.c $S/src/os_auth/main-client.c $S/src/os_auth/ssl.c \
  $S/src/os_auth/check_cert.c $S/src/os_auth/auth_conn_drop.c \
  $S/src/os_csyslogd/csyslog_tls.c $S/src/os_csyslogd/csyslog_send.c $S/src/os_csyslogd/alert.c \
  $S/src/os_csyslogd/csyslogd.c $S/src/os_csyslogd/main.c $S/src/os_csyslogd/config.c \
  -- -DMAX_AGENTS=2048 -DOSSECHIDS -D_FILE_OFFSET_BITS=64 -D_LARGEFILE64_SOURCE \
  '-DDEFAULTDIR="/var/ossec"' '-DUSER="ossec"' '-DREMUSER="ossecr"' '-DGROUPGLOBAL="ossec"' \
  '-DMAILUSER="ossecm"' -DLinux -DINOTIFY_ENABLED -DHAVE_SYSTEMD -DUSE_MAGIC -DZLIB_SYSTEM \
  -DUSE_PCRE2_JIT -DLIBOPENSSL_ENABLED -I$S/src/external/compat -I$S/src -I$S/src/headers \
  -I$S/src/external/cJSON -I$S/src/os_auth '-DARGV0="ossec-authd"'
