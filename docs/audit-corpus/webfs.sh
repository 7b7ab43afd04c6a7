#!/bin/sh
# ossl-lint audit of webfs (webfsd, Gerd Hoffmann's small static web server; Gerd's own releases
# are not on GitHub: github.com/ourway/webfsd, branch master, imports webfs 1.21 ("ported webfsd
# files", 2015) with later fixes) c51981b8b57d62c83c15045f84731cc839be4f1a (2025-06-11, "fixed
# closed port binding issue")
# usage: webfs.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/webfs (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): git archive of the commit into
#   $R/webfs/src, then in src: make config   (mk/Autoconf.mk's probe: writes Make.config with
#   USE_SSL yes, USE_THREADS no, USE_SENDFILE yes; nothing is built); the flags are GNUmakefile's
#   and mk/Variables.mk's (CFLAGS -g -O2, -DMIMEFILE="/etc/mime.types", -DWEBFS_VERSION="42" (no
#   VERSION file), -D_GNU_SOURCE -D_LARGEFILE_SOURCE -D_LARGEFILE64_SOURCE -D_FILE_OFFSET_BITS=64,
#   -DUSE_SSL=1; the -W warnings left out); no -std: the compiler's default
# Files: the whole program of the build's OBJS: ssl.c (ssl_read/ssl_write: ERR_clear_error(),
# SSL_read/SSL_write, a want told by SSL_get_error() turned into EAGAIN, the rest drained under
# debug; ssl_blk_write: a file block through ssl_write; init_ssl; open_ssl_session: SSL_new,
# SSL_set_fd, SSL_set_accept_state), request.c (read_request: the request reader over ssl_read),
# response.c (write_request: the response writer over ssl_write/ssl_blk_write), webfsd.c (the
# select() loop that drives every connection, the accept path that opens the TLS session), cgi.c,
# ls.c and mime.c
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/webfs" ] || { echo "$0: $R/webfs: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/webfs/src
exec "$BIN" "$@" -j2 \
  $S/ssl.c $S/request.c $S/response.c $S/webfsd.c $S/cgi.c $S/ls.c $S/mime.c \
  -- -g -O2 '-DMIMEFILE="/etc/mime.types"' '-DWEBFS_VERSION="42"' -D_GNU_SOURCE \
  -D_LARGEFILE_SOURCE -D_LARGEFILE64_SOURCE -D_FILE_OFFSET_BITS=64 -DUSE_SSL=1 -I$S
