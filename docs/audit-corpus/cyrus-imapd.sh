#!/bin/sh
# ossl-lint audit of cyrus-imapd (github.com/cyrusimap/cyrus-imapd, branch master) 1f3a12931114d95a12c938d043d53a2cbcaf3eca (2026-08-21)
# usage: cyrus-imapd.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/cyrus-imapd (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0): apt-get install libsasl2-dev libical-dev gperf libmoo-perl
#   libapp-cmd-perl libtype-tiny-perl (plus libssl-dev libjansson-dev libicu-dev libxml2-dev
#   libsqlite3-dev uuid-dev zlib1g-dev xxd); git archive of the commit into $R/cyrus-imapd/src, then in
#   src: autoreconf -i -s && ICAL_CFLAGS=" " ICAL_LIBS="-L$R/cyrus-imapd/stub -lical" \
#   ./configure --disable-sieve --disable-gssapi   (configure wants libical >= 3.99.99, not in
#   Debian 12: the ICAL_* variables skip that pkg-config check, and $R/cyrus-imapd/stub holds an
#   empty libicalvcard.a so that configure's later link tests, which add -licalvcard, still link);
#   then only the generated headers: make lib/imapopts.h imap/imap_err.h imap/mupdate_err.h
#   imap/lmtp_err.h imap/http_err.h imap/promdata.h
# Files: the protstream layer (lib/prot.c: SSL_read/SSL_write), the server TLS engine (imap/tls.c:
# SSL_accept loop, SSL_shutdown), the client library (lib/imclient.c) and imtest, and the callers
# of tls_start_servertls/tls_start_clienttls/prot_settls that parse with Debian 12's libical 3
# (pop3d, mupdate, sync_server, backend, timsieved/parser). Left out: imap/imapd.c, lmtpd.c,
# lmtpengine.c, httpd.c (they include libical 4's <libical/vcard.h>) and timsieved/timsieved.c
# (sieve/sieve_err.h, sieve disabled).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/cyrus-imapd" ] || { echo "$0: $R/cyrus-imapd: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/cyrus-imapd/src
exec "$BIN" "$@" -j2 \
  $S/imap/tls.c $S/lib/prot.c $S/lib/imclient.c $S/imtest/imtest.c \
  $S/imap/pop3d.c $S/imap/mupdate.c $S/imap/sync_server.c $S/imap/backend.c $S/timsieved/parser.c \
  -- -DHAVE_CONFIG_H -I$S/com_err/et -I$S -I$S/lib \
     -DLIBEXEC_DIR=\"/usr/local/libexec\" -DSBIN_DIR=\"/usr/local/sbin\" -DSYSCONF_DIR=\"/etc\" \
     -I/usr/include/libxml2 -Wall -Wextra -fPIC -fvisibility=hidden
