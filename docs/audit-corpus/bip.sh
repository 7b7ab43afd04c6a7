#!/bin/sh
# ossl-lint audit of bip, the IRC proxy (github.com/emergencybutter/bip, branch master: the GitHub
# repository of bip's original author Arnaud Cornet; upstream lives on projects.duckcorp.org)
# c9cc64f2e1932339ddd08d39261331f6b6ceee71 (2018-12-25)
# usage: bip.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/bip (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; bison and flex): git archive of the commit into $R/bip/src,
#   then `autoreconf -fi && ./configure` (writes src/config.h: HAVE_LIBSSL, HAVE_BACKTRACE) and
#   `make -C src conf.c conf.h lex.c` (the parser and lexer that bip.c includes). The flags are
#   the Makefile's: DEFS -DHAVE_CONFIG_H, DEFAULT_INCLUDES -I. (src/), CFLAGS -fPIE; OPENSSL_CFLAGS
#   is empty.
# Files: the whole libbip.a plus the program, one run: the connection layer (connection.c:
# SSL_CTX/SSL setup in accept_new and _connection_new_SSL, SSLize with SSL_accept/SSL_connect and
# SSL_get_error, read_socket_SSL/_write_socket_SSL with SSL_read/SSL_write, SSL_shutdown in
# connection_free, the select loop wait_event), its callers (irc.c: irc_main, bip_on_event,
# irc_close; bip.c, bip_main.c, line.c), and the helpers (log.c, util.c, path_util.c, md5.c, and
# the generated conf.c and lex.c).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/bip" ] || { echo "$0: $R/bip: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/bip/src/src
exec "$BIN" "$@" -j2 \
  $S/connection.c $S/irc.c $S/bip.c $S/bip_main.c $S/line.c $S/log.c $S/util.c $S/path_util.c \
  $S/md5.c $S/conf.c $S/lex.c \
  -- -DHAVE_CONFIG_H -I$S -fPIE
