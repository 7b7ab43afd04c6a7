#!/bin/sh
# ossl-lint audit of bozohttpd, NetBSD's httpd (libexec/httpd), from the GitHub repository
# TheSledgeHammer/2.11BSD_X44 at 9b54dc41c81f2e09864b957666e73ae755047c16 (2025-08-28, the last
# commit touching libexec/httpd; the snapshot's HEAD is b2e4467 of 2026-08-22), which carries
# NetBSD 9's bozohttpd 20210227 unchanged (bozohttpd.c 1.113.2.2, ssl-bozo.c 1.26.2.1, both
# 2021/03/05 martin); NetBSD/src itself is over the fetch limit, the mirrors that fit are older
# usage: bozohttpd.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/bozohttpd (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): each file of libexec/httpd written out
#   one by one (git archive of the subtree stops at a blob the snapshot lacks elsewhere):
#     G=/work/.mirror/TheSledgeHammer+2.11BSD_X44/repo; mkdir -p $R/bozohttpd/src; cd $R/bozohttpd/src
#     for f in $(git --git-dir=$G ls-tree -r --name-only HEAD libexec/httpd); do r=${f#libexec/httpd/};
#       mkdir -p "$(dirname "$r")"; git --git-dir=$G show HEAD:$f > "$r"; done
#   nothing to configure (plain makefiles, no
#   config header); the flags are Makefile.boot's, the portable build for other systems (OPT -O,
#   LARGE_CFLAGS -D_LARGEFILE_SOURCE -D_FILE_OFFSET_BITS=64, LOCAL_CFLAGS -DNO_LUA_SUPPORT
#   -DNO_BLOCKLIST_SUPPORT -D_GNU_SOURCE -D_DEFAULT_SOURCE) with the BSD Makefile's
#   -DDO_HTPASSWD, and -include stdint.h: bozo_cleanup()'s bozo_unconst() casts through uintptr_t,
#   which NetBSD's <sys/types.h> declares and glibc's does not (the build fails without it on
#   Linux too); no -std: the compiler's default
# Files: the whole program of Makefile.boot's FILES: ssl-bozo.c (bozo_ssl_accept: SSL_accept on
# fds 0/1; bozo_ssl_read/bozo_ssl_write/bozo_ssl_printf: SSL_read/SSL_write, each classified by
# bozo_check_error_queue with SSL_get_error; bozo_clear_ssl_queue: the drain of its warnings;
# bozo_ssl_shutdown), bozohttpd.c (the request reader and the response writers that call them
# through httpd's bozo_read/bozo_write/bozo_printf), main.c, daemon-bozo.c (the forking daemon
# that calls bozo_ssl_accept per connection), cgi-bozo.c (the CGI relay over the same I/O),
# auth-bozo.c, content-bozo.c, dir-index-bozo.c, tilde-luzah-bozo.c and lua-bozo.c (compiled
# out by NO_LUA_SUPPORT)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/bozohttpd" ] || { echo "$0: $R/bozohttpd: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/bozohttpd/src
exec "$BIN" "$@" -j2 \
  $S/bozohttpd.c $S/auth-bozo.c $S/cgi-bozo.c $S/content-bozo.c $S/daemon-bozo.c \
  $S/dir-index-bozo.c $S/lua-bozo.c $S/ssl-bozo.c $S/tilde-luzah-bozo.c $S/main.c \
  -- -O -D_LARGEFILE_SOURCE -D_FILE_OFFSET_BITS=64 -DNO_LUA_SUPPORT -DNO_BLOCKLIST_SUPPORT \
  -D_GNU_SOURCE -D_DEFAULT_SOURCE -DDO_HTPASSWD -include stdint.h -I$S
