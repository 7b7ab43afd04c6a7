#!/bin/sh
# ossl-lint audit of thc-ssl-dos (github.com/qq906907952/thc-ssl-dos, branch master) 48a6ba7bef3a950c8ab8194edc251f615c559586 (2013-11-14, "adding source code for thc-ssl-dos v1.4 to repository")
# usage: thc-ssl-dos.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/thc-ssl-dos (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): THC's site is gone; this GitHub mirror's
#   first commit is THC's v1.4 release tarball. git archive of that commit (v1.4 as released, not
#   the mirror's HEAD 5348bb8, which deletes the build system and makes a refused renegotiation
#   reconnect) into $R/thc-ssl-dos/src; in src: ./configure (writes config.h). The flags are
#   src/Makefile's: DEFS -DHAVE_CONFIG_H, DEFAULT_INCLUDES -I. -I.. (config.h is at the top);
#   its CPPFLAGS -I/usr/local/include names a directory with no header here and is left out.
# Files: src/thc-ssl-dos.c, the whole tool: a select() loop over up to 999 non-blocking TCP
# connections, each driven through SSL_connect (ssl_connect_io), then a loop of renegotiations
# (SSL_renegotiate, SSL_do_handshake in ssl_handshake_io, an SSL_read to drive it, one-byte
# SSL_write for the idle state), every result classified by SSL_get_error in SSL_set_rw (both wants handled).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/thc-ssl-dos" ] || { echo "$0: $R/thc-ssl-dos: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/thc-ssl-dos/src
exec "$BIN" "$@" -j2 \
  $S/src/thc-ssl-dos.c \
  -- -DHAVE_CONFIG_H -I$S/src -I$S
